import "server-only";
import { spawn } from "node:child_process";
import { parseBuffer } from "music-metadata";

/**
 * How a recording is checked: `ffmpeg` decodes every audio frame (Debian's ffmpeg, installed by CI
 * and on servers); `parser` reads the container with music-metadata (pure JavaScript, so the embedded
 * `npm start` keeps working on a machine without ffmpeg) and wants a real audio track with a duration.
 */
export type AudioDecoder = "ffmpeg" | "parser";

// ffmpeg's demuxer for each type the first bytes name. Forcing it keeps ffmpeg from guessing a
// playlist or concat format, which could make it open other files or URLs.
const DEMUXER: Record<string, string> = {
  "audio/webm": "matroska",
  "audio/ogg": "ogg",
  "audio/mp4": "mov",
  "audio/wav": "wav",
  "audio/mpeg": "mp3",
};

const DECODE_TIMEOUT_MS = 15_000;

/** Decodes the whole first audio stream; true only when ffmpeg finishes without an error. */
export function decodesWithFfmpeg(data: Uint8Array, mimeType: string): Promise<boolean | "missing"> {
  const demuxer = DEMUXER[mimeType];
  if (!demuxer) return Promise.resolve(false);
  return new Promise((resolve) => {
    const args = ["-nostdin", "-hide_banner", "-v", "error", "-xerror", "-protocol_whitelist", "pipe"];
    args.push("-f", demuxer, "-i", "pipe:0", "-map", "0:a:0", "-f", "null", "-");
    const child = spawn("ffmpeg", args, { stdio: ["pipe", "ignore", "ignore"] });
    const timer = setTimeout(() => child.kill("SIGKILL"), DECODE_TIMEOUT_MS);
    child.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(error.code === "ENOENT" ? "missing" : false);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      // `-xerror` makes ffmpeg fail at the first frame or header it cannot read.
      resolve(code === 0);
    });
    // ffmpeg may stop reading early (a broken header): that is its verdict, not our error.
    child.stdin.on("error", () => {});
    child.stdin.end(data);
  });
}

/** Reads the container; true when it holds an audio track whose length the parser could measure. */
export async function parsesAsAudio(data: Uint8Array, mimeType: string): Promise<boolean> {
  try {
    const { format } = await parseBuffer(
      data,
      { mimeType, size: data.byteLength },
      {
        duration: true,
        skipCovers: true,
      },
    );
    const duration = format.duration;
    return (
      format.hasAudio !== false &&
      (format.numberOfChannels ?? 0) > 0 &&
      typeof duration === "number" &&
      Number.isFinite(duration) &&
      duration > 0
    );
  } catch {
    return false;
  }
}

let ffmpegMissing = false;

/**
 * Whether the bytes are a playable recording of `mimeType`, by the given decoder or, by default,
 * ffmpeg when it is installed and the container parser otherwise.
 */
export async function isPlayableAudio(
  data: Uint8Array,
  mimeType: string,
  decoder?: AudioDecoder,
): Promise<boolean> {
  if (decoder === "parser" || (decoder === undefined && ffmpegMissing)) return parsesAsAudio(data, mimeType);
  const decoded = await decodesWithFfmpeg(data, mimeType);
  if (decoded !== "missing") return decoded;
  if (decoder === "ffmpeg") throw new Error("ffmpeg is not installed");
  ffmpegMissing = true;
  console.warn("ffmpeg not found: voice notes are checked by their container only (apt-get install ffmpeg)");
  return parsesAsAudio(data, mimeType);
}
