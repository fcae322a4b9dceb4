import "server-only";
import { liveMediaConfig } from "./config";
import type { MediaServer } from "./media-server";
import { nginxRtmp } from "./nginx-rtmp";

export type { MediaServer } from "./media-server";

/** This deployment's media server, or null when video is off (nginx-rtmp not installed). */
export function mediaServer(): MediaServer | null {
  const config = liveMediaConfig();
  if (!config.LIVE_MEDIA_DIR) return null;
  return nginxRtmp({ rtmpUrl: config.LIVE_RTMP_URL, publicRtmpUrl: config.LIVE_RTMP_PUBLIC_URL });
}

/** The callbacks are verified even when video is off (they are refused then). */
export function callbackServer(): MediaServer {
  const config = liveMediaConfig();
  return nginxRtmp({ rtmpUrl: config.LIVE_RTMP_URL, publicRtmpUrl: config.LIVE_RTMP_PUBLIC_URL });
}
