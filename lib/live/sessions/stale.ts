import "server-only";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { db } from "@/lib/db/client";
import { liveMediaConfig } from "@/lib/live/media/config";
import { mediaFolders } from "@/lib/live/media/nginx-config";
import { endSession } from "./transitions";

// nginx rewrites a live show's playlist every fragment (1 s); this long without one, nobody publishes.
const STALE_MS = 30_000;

/**
 * At server start: a show left LIVE by a stop of `npm start` (nginx and its publisher went away
 * before their publish_done reached the app) has no fresh playlist. Ends those, returning their
 * pins' stock like any unpublish; a show whose publisher is still sending is left alone. Returns
 * the ids of the shows it ended.
 */
export async function endStaleLiveSessions(now = Date.now()): Promise<string[]> {
  const root = liveMediaConfig().LIVE_MEDIA_DIR;
  if (!root) return [];
  // A show that went live moments ago may not have its first fragment yet.
  const live = await db.liveSession.findMany({
    where: { status: "LIVE", startedAt: { lt: new Date(now - STALE_MS) } },
    select: { id: true },
  });
  const ended: string[] = [];
  for (const { id } of live) {
    const playlist = await stat(join(mediaFolders(root).hls, id, "index.m3u8")).catch(() => null);
    if (playlist && now - playlist.mtimeMs < STALE_MS) continue;
    if ((await endSession(id)).ended) ended.push(id);
  }
  return ended;
}
