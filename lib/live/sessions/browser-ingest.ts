import "server-only";
import { z } from "zod";
import { type ActionResult, fail } from "@/lib/actions/result";
import { mediaServer, videoAvailable } from "@/lib/live/media";
import { acceptChunk, stopPublishing } from "@/lib/live/media/browser-publisher";
import { loadOwnSession } from "./own-session";
import { browserPublishKey } from "./stream-key";

export const MAX_CHUNK_BYTES = 1024 * 1024 - 1;
// Digits only: coercing would read "" and null as chunk 0 (which restarts the stream).
const seqSchema = z
  .string()
  .regex(/^\d{1,8}$/)
  .transform(Number);

/**
 * A chunk of the seller's camera, for her own show only, while it is scheduled or live. The app
 * publishes it with the session's browser key (lib/live/sessions/stream-key.ts), so the show still
 * goes live only when nginx's on_publish callback says so.
 */
export async function receiveCameraChunk(
  userId: string | null,
  sessionId: unknown,
  seqText: unknown,
  bytes: Uint8Array,
): Promise<ActionResult> {
  const own = await loadOwnSession(userId, sessionId);
  if (!own.ok) return own;
  if (!videoAvailable()) return fail("video_off");
  const seq = seqSchema.safeParse(seqText);
  if (!seq.success || bytes.byteLength === 0 || bytes.byteLength > MAX_CHUNK_BYTES)
    return fail("invalid_input");
  if (own.session.status !== "SCHEDULED" && own.session.status !== "LIVE") return fail("not_scheduled");
  const ingest = mediaServer().internalIngestUrl(browserPublishKey(own.session.id));
  const outcome = acceptChunk(own.session.id, seq.data, bytes, ingest);
  return outcome.ok ? { ok: true } : fail(outcome.error);
}

export async function stopCamera(userId: string | null, sessionId: unknown): Promise<ActionResult> {
  const own = await loadOwnSession(userId, sessionId);
  if (!own.ok) return own;
  stopPublishing(own.session.id);
  return { ok: true };
}
