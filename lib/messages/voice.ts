import "server-only";
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseBuffer } from "music-metadata";
import { isPlayableAudio } from "@/lib/seller/voice-decode";
import { detectAudioType } from "@/lib/seller/voice-note";
import { MAX_VOICE_MESSAGE_BYTES, MAX_VOICE_MESSAGE_MS, MIN_VOICE_MESSAGE_MS } from "./limits";

export type VoiceError = "voice_not_audio" | "voice_too_large" | "voice_too_long" | "voice_too_short";
export type StoredVoice = { data: Uint8Array<ArrayBuffer>; mimeType: string; durationMs: number };

const TRANSCODE_TIMEOUT_MS = 20_000;

/** Runs ffmpeg on files in a private temporary folder; "missing" when it is not installed. */
function ffmpeg(args: string[]): Promise<boolean | "missing"> {
  return new Promise((resolve) => {
    const child = spawn("ffmpeg", ["-nostdin", "-hide_banner", "-v", "error", ...args], { stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), TRANSCODE_TIMEOUT_MS);
    child.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(error.code === "ENOENT" ? "missing" : false);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}

// The demuxer for each type the first bytes name (as lib/seller/voice-decode.ts: never let ffmpeg guess).
const DEMUXER: Record<string, string> = {
  "audio/webm": "matroska",
  "audio/ogg": "ogg",
  "audio/mp4": "mov",
  "audio/wav": "wav",
  "audio/mpeg": "mp3",
};

/**
 * To AAC in MP4 (m4a), which Chrome, Firefox and Safari all play (Chrome's WebM/Opus does not play
 * on older iPhones). Mono 48 kbit/s is plenty for speech and keeps a minute near 360 kB.
 */
async function toAac(
  data: Uint8Array,
  mimeType: string,
): Promise<Uint8Array<ArrayBuffer> | "missing" | null> {
  const demuxer = DEMUXER[mimeType];
  if (!demuxer) return null;
  const dir = await mkdtemp(join(tmpdir(), "xy-voice-"));
  try {
    const input = join(dir, "in");
    const output = join(dir, "out.m4a");
    await writeFile(input, data);
    const done = await ffmpeg([
      "-protocol_whitelist",
      "file",
      "-f",
      demuxer,
      "-i",
      input,
      "-map",
      "0:a:0",
      "-t",
      String(MAX_VOICE_MESSAGE_MS / 1000 + 1),
      "-ac",
      "1",
      "-c:a",
      "aac",
      "-b:a",
      "48k",
      "-movflags",
      "+faststart",
      output,
    ]);
    if (done !== true) return done === "missing" ? "missing" : null;
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The length the file itself says (never the browser's word), in whole ms. */
async function measuredMs(data: Uint8Array, mimeType: string): Promise<number | null> {
  try {
    const { format } = await parseBuffer(data, { mimeType, size: data.byteLength }, { duration: true });
    return typeof format.duration === "number" && Number.isFinite(format.duration)
      ? Math.round(format.duration * 1000)
      : null;
  } catch {
    return null;
  }
}

let warnedMissing = false;

/**
 * Checks a recording by its bytes (what they decode as, whatever the browser declared), its size and
 * its measured length, and turns it into AAC. Without ffmpeg the original recording is kept as
 * checked by its container (most browsers play their own format), and a warning is logged once.
 */
export async function prepareVoice(
  file: Blob,
): Promise<{ ok: true; voice: StoredVoice } | { ok: false; error: VoiceError }> {
  if (file.size === 0) return { ok: false, error: "voice_not_audio" };
  if (file.size > MAX_VOICE_MESSAGE_BYTES) return { ok: false, error: "voice_too_large" };
  const original = new Uint8Array(await file.arrayBuffer());
  const type = detectAudioType(original);
  if (!type || !(await isPlayableAudio(original, type))) return { ok: false, error: "voice_not_audio" };

  const transcoded = await toAac(original, type);
  if (transcoded === null) return { ok: false, error: "voice_not_audio" };
  if (transcoded === "missing" && !warnedMissing) {
    warnedMissing = true;
    console.warn("ffmpeg not found: voice messages are kept as recorded, not transcoded to AAC");
  }
  const data = transcoded === "missing" ? original : transcoded;
  const mimeType = transcoded === "missing" ? type : "audio/mp4";
  const durationMs = await measuredMs(data, mimeType);
  if (durationMs === null) return { ok: false, error: "voice_not_audio" };
  if (durationMs < MIN_VOICE_MESSAGE_MS) return { ok: false, error: "voice_too_short" };
  // A little slack: containers round their length, and the recorder stops itself at 60 s.
  if (durationMs > MAX_VOICE_MESSAGE_MS + 500) return { ok: false, error: "voice_too_long" };
  return { ok: true, voice: { data, mimeType, durationMs: Math.min(durationMs, MAX_VOICE_MESSAGE_MS) } };
}
