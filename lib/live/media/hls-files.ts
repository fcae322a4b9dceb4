import "server-only";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { liveMediaConfig } from "./config";
import { mediaFolders } from "./nginx-config";

const AREAS = { live: "hls", replays: "replays" } as const;
const SESSION_ID = /^[a-z0-9]{10,40}$/;
const FILE = /^[A-Za-z0-9_-]{1,40}\.(m3u8|ts)$/;

const CONTENT_TYPES = { m3u8: "application/vnd.apple.mpegurl", ts: "video/mp2t" } as const;

/**
 * One HLS file nginx wrote (live) or the replay remux wrote, streamed from disk. Served by the app
 * on the page's own origin, so the storefront's CSP (connect-src 'self' for hls.js, media-src 'self'
 * for Safari's native player) needs no media-server origin. Names are checked before any path is
 * built: nothing outside the two folders can be named.
 */
export async function hlsFileResponse(area: string, sessionId: string, file: string): Promise<Response> {
  const root = liveMediaConfig().LIVE_MEDIA_DIR;
  const match = FILE.exec(file);
  if (!root || !(area in AREAS) || !SESSION_ID.test(sessionId) || !match) {
    return new Response("Not found", { status: 404 });
  }
  const extension = match[1] as keyof typeof CONTENT_TYPES;
  const folder = mediaFolders(root)[AREAS[area as keyof typeof AREAS]];
  const path = join(folder, sessionId, file);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return new Response("Not found", { status: 404 });
  const live = area === "live";
  // A live playlist changes every fragment; fragments and everything of a replay never change.
  const cacheControl = live && extension === "m3u8" ? "no-cache, no-store" : "public, max-age=3600";
  return new Response(Readable.toWeb(createReadStream(path)) as ReadableStream, {
    headers: {
      "content-type": CONTENT_TYPES[extension],
      "content-length": String(info.size),
      "cache-control": cacheControl,
    },
  });
}
