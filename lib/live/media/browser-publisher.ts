import "server-only";
import { type ChildProcessByStdio, spawn } from "node:child_process";
import type { Readable, Writable } from "node:stream";

/**
 * "Go live" from the seller's phone: MediaRecorder's chunks (WebM on Chrome, fragmented MP4 on
 * Safari) arrive one POST each, numbered, and are piped in order into one ffmpeg per session,
 * which re-encodes them to H.264/AAC and publishes to the same RTMP ingest as OBS would. Chunk 0
 * starts a new ffmpeg (a reload or a second "Go live" replaces the old one); a publisher that
 * sends nothing for IDLE_MS is stopped, and nginx's publish_done ends the show as for any other.
 */
const IDLE_MS = 15_000;
// Chunks may overtake each other on a phone's connection; this many are held while one is missing.
const MAX_WAITING_CHUNKS = 8;

type Publisher = {
  ffmpeg: ChildProcessByStdio<Writable, null, Readable>;
  nextSeq: number;
  waiting: Map<number, Uint8Array>;
  idle: ReturnType<typeof setTimeout>;
};

const globals = globalThis as { xyBrowserPublishers?: Map<string, Publisher> };
globals.xyBrowserPublishers ??= new Map();
const publishers = globals.xyBrowserPublishers;

function ffmpegArgs(ingestUrl: string): string[] {
  return [
    // The recorder's header names both tracks: no need for ffmpeg's default 5 s of probing.
    ...["-hide_banner", "-loglevel", "error", "-fflags", "+genpts", "-analyzeduration", "1000000"],
    ...["-probesize", "1000000", "-i", "pipe:0"],
    // A vertical phone picture, at most 720 px wide; a key frame every second for 1 s HLS fragments.
    ...["-vf", "scale='min(720,iw)':-2", "-r", "25", "-c:v", "libx264", "-preset", "veryfast"],
    ...["-tune", "zerolatency", "-g", "25", "-keyint_min", "25", "-sc_threshold", "0", "-b:v", "1500k"],
    ...["-c:a", "aac", "-b:a", "96k", "-ar", "44100", "-f", "flv", ingestUrl],
  ];
}

function stop(sessionId: string) {
  const publisher = publishers.get(sessionId);
  if (!publisher) return;
  publishers.delete(sessionId);
  clearTimeout(publisher.idle);
  publisher.ffmpeg.stdin.end();
  // ffmpeg flushes and closes the RTMP connection on end of input; a stuck one is killed.
  setTimeout(() => publisher.ffmpeg.kill("SIGKILL"), 5_000).unref();
}

function start(sessionId: string, ingestUrl: string): Publisher {
  stop(sessionId);
  const ffmpeg = spawn("ffmpeg", ffmpegArgs(ingestUrl), { stdio: ["pipe", "ignore", "pipe"] });
  ffmpeg.stderr.on("data", (line: Buffer) =>
    console.error(`[live ffmpeg ${sessionId}]`, line.toString().trim()),
  );
  // A broken pipe when ffmpeg has exited is expected; it must not crash the server.
  ffmpeg.stdin.on("error", () => undefined);
  const publisher: Publisher = {
    ffmpeg,
    nextSeq: 0,
    waiting: new Map(),
    idle: setTimeout(() => stop(sessionId), IDLE_MS),
  };
  ffmpeg.once("exit", () => {
    if (publishers.get(sessionId) === publisher) {
      clearTimeout(publisher.idle);
      publishers.delete(sessionId);
    }
  });
  publishers.set(sessionId, publisher);
  return publisher;
}

export type ChunkOutcome = { ok: true } | { ok: false; error: "not_started" | "out_of_order" };

/** One numbered chunk of the recording; written to ffmpeg in order. */
export function acceptChunk(
  sessionId: string,
  seq: number,
  bytes: Uint8Array,
  ingestUrl: string,
): ChunkOutcome {
  const publisher = seq === 0 ? start(sessionId, ingestUrl) : publishers.get(sessionId);
  if (!publisher) return { ok: false, error: "not_started" };
  if (seq < publisher.nextSeq) return { ok: true };
  if (seq - publisher.nextSeq > MAX_WAITING_CHUNKS) return { ok: false, error: "out_of_order" };
  clearTimeout(publisher.idle);
  publisher.idle = setTimeout(() => stop(sessionId), IDLE_MS);
  publisher.waiting.set(seq, bytes);
  while (publisher.waiting.has(publisher.nextSeq)) {
    const next = publisher.waiting.get(publisher.nextSeq) as Uint8Array;
    publisher.waiting.delete(publisher.nextSeq);
    publisher.ffmpeg.stdin.write(next);
    publisher.nextSeq += 1;
  }
  return { ok: true };
}

/** The seller pressed "End the show". */
export function stopPublishing(sessionId: string): void {
  stop(sessionId);
}
