import "server-only";
import { isAbsolute } from "node:path";
import { z } from "zod";

/**
 * Set by `npm start` / `npm test` when nginx-rtmp started (scripts/lib/media-server.ts). Without
 * LIVE_MEDIA_DIR the marketplace serves everything except video, and the seller's live page says so.
 */
const schema = z.object({
  LIVE_MEDIA_DIR: z
    .string()
    .refine(isAbsolute, { message: "LIVE_MEDIA_DIR must be an absolute folder" })
    .optional(),
  // Where the app's ffmpeg publishes (loopback): rtmp://127.0.0.1:1935/live.
  LIVE_RTMP_URL: z.string().startsWith("rtmp://").default("rtmp://127.0.0.1:1935/live"),
  // What the seller's OBS is told; defaults to the above (fine on the same machine or LAN setups).
  LIVE_RTMP_PUBLIC_URL: z.string().startsWith("rtmp").optional(),
});

export type LiveMediaConfig = z.infer<typeof schema>;

export function liveMediaConfig(source: NodeJS.ProcessEnv = process.env): LiveMediaConfig {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid live video settings: ${problems.join("; ")}`);
  }
  return parsed.data;
}
