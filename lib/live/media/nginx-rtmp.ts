import "server-only";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/security/client-address";
import { isMediaCallbackToken } from "./callback-token";
import type { MediaServer } from "./media-server";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/** The HLS and replay files nginx writes are read by the app's /live-video route (same origin). */
export const PLAYBACK_PATH = "/live-video";

/**
 * nginx with libnginx-mod-rtmp on this machine: RTMP in at LIVE_RTMP_URL, HLS out into
 * LIVE_MEDIA_DIR/hls, callbacks to /api/internal/live/* with the derived token in the URL.
 */
export function nginxRtmp(options: { rtmpUrl: string; publicRtmpUrl?: string }): MediaServer {
  const publicUrl = (options.publicRtmpUrl ?? options.rtmpUrl).replace(/\/$/, "");
  return {
    kind: "nginx-rtmp",
    ingest: (streamKey) => ({ server: publicUrl, streamKey, url: `${publicUrl}/${streamKey}` }),
    internalIngestUrl: (streamKey) => `${options.rtmpUrl.replace(/\/$/, "")}/${streamKey}`,
    playbackUrl: (sessionId) => `${PLAYBACK_PATH}/live/${sessionId}/index.m3u8`,
    replayUrl: (replayPath) => `${PLAYBACK_PATH}/replays/${replayPath}`,
    verifyCallback(request) {
      // nginx runs beside the app: a callback from anywhere else is refused even with the token.
      // Behind the front (TRUST_PROXY) the socket's peer is the front itself, so the client is
      // the address it forwarded (the front also refuses /api/internal/ outright).
      if (!LOOPBACK.has(clientAddress(request.headers))) return false;
      return isMediaCallbackToken(env.NEXTAUTH_SECRET, new URL(request.url).searchParams.get("token"));
    },
  };
}
