/** The app routes nginx-rtmp calls (app/api/internal/live/*), shared by the config and the routes. */
export const CALLBACK_PATHS = {
  publish: "/api/internal/live/publish",
  publishDone: "/api/internal/live/publish-done",
  recordDone: "/api/internal/live/record-done",
} as const;
