"use client";

import type Hls from "hls.js";
import { useEffect, useRef, useState } from "react";
import { Icon } from "@/components/seller/icons";

type Texts = { connecting: string; tapForSound: string; label: string };

// 1 s fragments (the nginx config): play two behind the edge, jump forward past five.
const LIVE_CONFIG = { liveSyncDurationCount: 2, liveMaxLatencyDurationCount: 5, maxBufferLength: 8 };
// Before the first fragment exists the playlist is a 404: ask again, without giving up.
const RETRY_MS = 1500;

/**
 * The show's vertical video, filling the phone's width like Taobao Live: Safari plays HLS itself,
 * other browsers through hls.js (loaded only here). Starts muted, because browsers only autoplay
 * silent video; one tap turns the sound on. `data-latency` carries the distance behind the live
 * edge (seconds; hls.js's `latency`), for `npm run bench:live`.
 */
export function LivePlayer({ src, live, texts }: { src: string; live: boolean; texts: Texts }) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [playing, setPlaying] = useState(false);
  const [muted, setMuted] = useState(true);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    let hls: Hls | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let latencyTimer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    // Where MSE is there (Chrome, Android, desktop Safari), hls.js, tuned for 1 s fragments; native
    // HLS (iPhone Safari, which has no MSE) otherwise. Chromium now also says it plays HLS itself,
    // but without the low-latency tuning: hls.js first.
    import("hls.js").then(({ default: HlsPlayer }) => {
      if (stopped) return;
      if (!HlsPlayer.isSupported()) {
        if (!video.canPlayType("application/vnd.apple.mpegurl")) return;
        video.src = src;
        video.onerror = () => {
          clearTimeout(retry);
          retry = setTimeout(() => {
            video.src = src;
            video.load();
          }, RETRY_MS);
        };
        if (live) {
          latencyTimer = setInterval(() => {
            const edge = video.seekable.length ? video.seekable.end(video.seekable.length - 1) : Number.NaN;
            if (Number.isFinite(edge)) video.dataset.latency = (edge - video.currentTime).toFixed(2);
          }, 500);
        }
        return;
      }
      const player = new HlsPlayer(live ? LIVE_CONFIG : {});
      hls = player;
      player.on(HlsPlayer.Events.ERROR, (_event, data) => {
        if (!data.fatal) return;
        if (data.type === HlsPlayer.ErrorTypes.MEDIA_ERROR) return player.recoverMediaError();
        clearTimeout(retry);
        retry = setTimeout(() => player.loadSource(src), RETRY_MS);
      });
      player.loadSource(src);
      player.attachMedia(video);
      if (live) {
        latencyTimer = setInterval(() => {
          if (Number.isFinite(player.latency)) video.dataset.latency = player.latency.toFixed(2);
        }, 500);
      }
    });
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearInterval(latencyTimer);
      hls?.destroy();
      video.onerror = null;
    };
  }, [src, live]);

  return (
    <div className="relative aspect-[9/16] max-h-[78vh] w-full overflow-hidden bg-black sm:rounded-3xl">
      <video
        ref={videoRef}
        data-testid="live-video"
        aria-label={texts.label}
        className="h-full w-full object-contain"
        autoPlay
        muted={muted}
        playsInline
        controls={!live}
        onPlaying={() => setPlaying(true)}
        onWaiting={() => setPlaying(false)}
      />
      {playing ? null : (
        <p className="pointer-events-none absolute inset-x-0 top-1/2 -translate-y-1/2 text-center font-semibold text-white/90">
          {texts.connecting}
        </p>
      )}
      {muted ? (
        <button
          type="button"
          onClick={() => {
            setMuted(false);
            videoRef.current?.play().catch(() => undefined);
          }}
          className="absolute top-3 right-3 z-10 flex min-h-12 items-center gap-2 rounded-full bg-black/60 px-4 font-semibold text-white ring-1 ring-white/40 backdrop-blur"
        >
          <Icon name="speaker" className="h-5 w-5" />
          {texts.tapForSound}
        </button>
      ) : null}
    </div>
  );
}
