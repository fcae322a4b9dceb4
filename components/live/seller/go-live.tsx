"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { speak } from "@/components/messages/speak";
import { Icon } from "@/components/seller/icons";
import { ChoiceTile } from "@/components/seller/product-form/choice-tile";
import { FormSection } from "@/components/seller/section";

// Chrome records WebM, Safari MP4; ffmpeg on the server reads either from its pipe.
const VIDEO_TYPES = ["video/webm;codecs=vp8,opus", "video/webm;codecs=h264,opus", "video/webm", "video/mp4"];
const CHUNK_MS = 1000;

type State = "idle" | "starting" | "live" | "error";

function stopTracks(recorder: { current: MediaRecorder | null }, stream: { current: MediaStream | null }) {
  if (recorder.current?.state === "recording") recorder.current.stop();
  for (const track of stream.current?.getTracks() ?? []) track.stop();
  recorder.current = null;
  stream.current = null;
}

/**
 * The phone's camera and microphone, recorded in one-second chunks and posted in order to
 * /live-video/ingest/[id]; the server's ffmpeg publishes them to the same RTMP ingest as OBS.
 * The show turns live when nginx accepts the stream (the page's watcher then re-renders it).
 */
export function GoLive({ sessionId, showLive }: { sessionId: string; showLive: boolean }) {
  const t = useTranslations("liveVideo.seller");
  const preview = useRef<HTMLVideoElement>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const [state, setState] = useState<State>("idle");
  const [facing, setFacing] = useState<"user" | "environment">("user");
  const [error, setError] = useState<string | null>(null);

  // Leaving the page turns the camera off (the server's ffmpeg stops once chunks stop coming).
  useEffect(() => () => stopTracks(recorder, stream), []);
  const stopAll = () => stopTracks(recorder, stream);

  async function start() {
    setError(null);
    setState("starting");
    let media: MediaStream;
    try {
      media = await navigator.mediaDevices.getUserMedia({
        video: {
          facingMode: facing,
          width: { ideal: 720 },
          height: { ideal: 1280 },
          frameRate: { ideal: 25 },
        },
        audio: true,
      });
    } catch {
      setState("error");
      setError(t("noCamera"));
      speak(t("noCamera"));
      return;
    }
    stream.current = media;
    if (preview.current) preview.current.srcObject = media;
    const mimeType = VIDEO_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
    const rec = new MediaRecorder(media, {
      mimeType,
      videoBitsPerSecond: 1_500_000,
      audioBitsPerSecond: 96_000,
    });
    recorder.current = rec;
    let seq = 0;
    // One post at a time, in order: the next chunk waits for the previous answer.
    let queue = Promise.resolve();
    rec.ondataavailable = (event) => {
      if (event.data.size === 0) return;
      const number = seq++;
      queue = queue.then(async () => {
        const response = await fetch(`/live-video/ingest/${sessionId}?seq=${number}`, {
          method: "POST",
          headers: { "content-type": "application/octet-stream" },
          body: event.data,
        }).catch(() => null);
        if (!response?.ok) setError(t("uploadFailed"));
        else setError(null);
      });
    };
    rec.start(CHUNK_MS);
    setState("live");
  }

  async function end() {
    stopAll();
    setState("idle");
    await fetch(`/live-video/ingest/${sessionId}?stop=1`, { method: "POST" }).catch(() => null);
  }

  // Live from OBS or another device: nothing to start here (a second publisher would be refused).
  // Still mounted, so the page's re-render when this phone's show turns live keeps the camera on.
  const idle = state === "idle" || state === "error";
  if (showLive && idle) return null;
  return (
    <FormSection icon="camera" title={t("goLiveTitle")} titleId="go-live">
      <div className="flex flex-col gap-3">
        <div
          className={`relative mx-auto aspect-[9/16] w-full max-w-xs overflow-hidden rounded-3xl bg-earth-900 ${idle ? "hidden" : ""}`}
        >
          <video
            ref={preview}
            data-testid="camera-preview"
            className="h-full w-full object-cover"
            autoPlay
            muted
            playsInline
          />
          {state === "live" ? (
            <span className="absolute top-3 left-3 rounded-full bg-red-600 px-3 py-1 text-sm font-bold text-white">
              ● {t("status.LIVE")}
            </span>
          ) : null}
        </div>
        {idle ? (
          <div className="flex flex-col gap-2">
            <div className="grid grid-cols-2 gap-2" role="radiogroup" aria-label={t("camera")}>
              {(["user", "environment"] as const).map((side) => (
                <ChoiceTile
                  key={side}
                  name="camera"
                  value={side}
                  checked={facing === side}
                  onChange={() => setFacing(side)}
                  className="min-h-14"
                >
                  <Icon name="camera" className="h-6 w-6" />
                  {t(side === "user" ? "front" : "back")}
                </ChoiceTile>
              ))}
            </div>
            <button
              type="button"
              onClick={start}
              className="flex min-h-16 items-center justify-center gap-2 rounded-full bg-red-600 text-xl font-bold text-white shadow-md hover:bg-red-500"
            >
              <Icon name="play" className="h-7 w-7" />
              {t("goLive")}
            </button>
          </div>
        ) : (
          <button
            type="button"
            onClick={end}
            disabled={state === "starting"}
            className="flex min-h-16 items-center justify-center gap-2 rounded-full bg-earth-900 text-xl font-bold text-white shadow-md disabled:opacity-60"
          >
            <Icon name={state === "starting" ? "spinner" : "stop"} className="h-7 w-7" />
            {state === "starting" ? t("goingLive") : t("stopLive")}
          </button>
        )}
        <p className="text-earth-700">{t("goLiveHint")}</p>
        {error ? (
          <p role="alert" className="font-semibold text-red-800">
            {error}
          </p>
        ) : null}
      </div>
    </FormSection>
  );
}
