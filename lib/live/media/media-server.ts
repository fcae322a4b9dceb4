/**
 * What the app needs from whatever carries the video (docs/live-video.md maps nginx-rtmp, SRS,
 * Alibaba Cloud ApsaraVideo Live and Tencent Cloud CSS onto it). The session model never changes:
 * a session has one secret stream key (stored hashed) and moves SCHEDULED → LIVE → ENDED only when
 * the server's verified publish callbacks say so.
 */
export interface MediaServer {
  readonly kind: string;
  /** What the seller types into OBS or any RTMP app: server URL and stream key (one string each). */
  ingest(streamKey: string): { server: string; streamKey: string; url: string };
  /** Where the app's own ffmpeg publishes a browser's camera for this key. */
  internalIngestUrl(streamKey: string): string;
  /** The HLS playlist a viewer's player loads while the session is live. */
  playbackUrl(sessionId: string): string;
  /** The replay's playlist, from the session's stored replayPath. */
  replayUrl(replayPath: string): string;
  /** Whether a callback request really comes from this media server. */
  verifyCallback(request: Request): boolean;
}
