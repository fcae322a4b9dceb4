import "server-only";
import { execFile } from "node:child_process";
import { mkdir, rename, rm, unlink } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { promisify } from "node:util";
import { attachReplay } from "@/lib/live/sessions/transitions";
import { liveMediaConfig } from "./config";
import { mediaFolders } from "./nginx-config";

const run = promisify(execFile);

export type ReplayResult = { ok: true; replayPath: string } | { ok: false; status: number; error: string };

/**
 * Turns the show's FLV recording into a VOD HLS playlist under replays/<session>/ (copied, not
 * re-encoded: a two-hour show takes seconds), so the same player plays the replay, then stores its
 * path on the session. The recording must be one of nginx's own files under rec/.
 */
export async function makeReplay(sessionId: string, recordingPath: string): Promise<ReplayResult> {
  const root = liveMediaConfig().LIVE_MEDIA_DIR;
  if (!root) return { ok: false, status: 409, error: "video_off" };
  const folders = mediaFolders(root);
  const recording = resolve(recordingPath);
  const inside = relative(folders.recordings, recording);
  if (inside.startsWith("..") || inside.includes("/") || !inside.endsWith(".flv")) {
    return { ok: false, status: 400, error: "invalid_input" };
  }
  const target = join(folders.replays, sessionId);
  const work = `${target}.part`;
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  try {
    await run("ffmpeg", [
      ...["-hide_banner", "-loglevel", "error", "-y", "-i", recording, "-c", "copy"],
      ...["-f", "hls", "-hls_time", "4", "-hls_list_size", "0", "-hls_playlist_type", "vod"],
      ...["-hls_segment_filename", join(work, "%05d.ts"), join(work, "index.m3u8")],
    ]);
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    console.error("[live] replay remux failed:", (error as Error).message);
    return { ok: false, status: 422, error: "recording_unreadable" };
  }
  await rm(target, { recursive: true, force: true });
  await rename(work, target);
  const replayPath = `${sessionId}/index.m3u8`;
  if (!(await attachReplay(sessionId, replayPath))) {
    await rm(target, { recursive: true, force: true });
    return { ok: false, status: 404, error: "not_found" };
  }
  // The replay holds the same frames; the FLV would only double the disk used per show.
  await unlink(recording).catch(() => undefined);
  return { ok: true, replayPath };
}
