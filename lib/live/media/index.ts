import "server-only";
import { liveMediaConfig } from "./config";
import type { MediaServer } from "./media-server";
import { nginxRtmp } from "./nginx-rtmp";

export type { MediaServer } from "./media-server";

/** This deployment's media server (nginx-rtmp; docs/live-video.md for SRS and the cloud services). */
export function mediaServer(): MediaServer {
  const config = liveMediaConfig();
  return nginxRtmp({ rtmpUrl: config.LIVE_RTMP_URL, publicRtmpUrl: config.LIVE_RTMP_PUBLIC_URL });
}

/** Whether video runs here: `npm start` sets LIVE_MEDIA_DIR only when nginx-rtmp started. */
export function videoAvailable(): boolean {
  return Boolean(liveMediaConfig().LIVE_MEDIA_DIR);
}
