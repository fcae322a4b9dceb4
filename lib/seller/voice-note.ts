import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { MAX_VOICE_BYTES, MAX_VOICE_MS, MIN_VOICE_MS } from "./limits";
import { isPlayableAudio } from "./voice-decode";

/** What one form post asks of the product's voice note. */
export type VoiceNoteChange =
  | { kind: "keep" }
  | { kind: "remove" }
  | { kind: "set"; data: Uint8Array<ArrayBuffer>; mimeType: string; durationMs: number };

const flag = z.preprocess(
  (value) => value === true || value === "on" || value === "true" || value === "1",
  z.boolean(),
);

const voiceInputSchema = z.object({
  voiceNote: z.custom<Blob>((value) => value instanceof Blob, { error: "voice_not_audio" }).optional(),
  // The browser measures the recording; the server only holds it to the allowed range.
  voiceNoteDurationMs: z.preprocess(
    (value) => (value == null || value === "" ? undefined : value),
    z.coerce
      .number({ error: "voice_duration_invalid" })
      .int({ error: "voice_duration_invalid" })
      .min(MIN_VOICE_MS, { error: "voice_too_short" })
      .max(MAX_VOICE_MS, { error: "voice_too_long" })
      .optional(),
  ),
  removeVoiceNote: flag.default(false),
});

const startsWith = (bytes: Uint8Array, offset: number, expected: readonly number[] | string) => {
  const codes = typeof expected === "string" ? Array.from(expected, (c) => c.charCodeAt(0)) : expected;
  return codes.every((code, i) => bytes[offset + i] === code);
};

/**
 * The audio type from the file's first bytes. The type the browser declares is not trusted: a text
 * file renamed .webm must not be stored and served back as audio. First bytes alone prove nothing
 * either: `validateVoiceNote` then decodes the recording.
 */
export function detectAudioType(bytes: Uint8Array): string | null {
  if (startsWith(bytes, 0, [0x1a, 0x45, 0xdf, 0xa3])) return "audio/webm";
  if (startsWith(bytes, 0, "OggS")) return "audio/ogg";
  if (startsWith(bytes, 4, "ftyp")) return "audio/mp4";
  if (startsWith(bytes, 0, "RIFF") && startsWith(bytes, 8, "WAVE")) return "audio/wav";
  if (startsWith(bytes, 0, "ID3")) return "audio/mpeg";
  if (bytes[0] === 0xff && (bytes[1] === 0xfb || bytes[1] === 0xf3 || bytes[1] === 0xf2)) return "audio/mpeg";
  return null;
}

/** Checks the voice part of a product form; the error is a code for the `voiceNote` field. */
export async function validateVoiceNote(
  input: unknown,
): Promise<{ ok: true; change: VoiceNoteChange } | { ok: false; error: string }> {
  const parsed = voiceInputSchema.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "voice_not_audio" };
  const { voiceNote, voiceNoteDurationMs, removeVoiceNote } = parsed.data;
  if (!voiceNote) return { ok: true, change: removeVoiceNote ? { kind: "remove" } : { kind: "keep" } };
  if (voiceNote.size === 0) return { ok: false, error: "voice_not_audio" };
  if (voiceNote.size > MAX_VOICE_BYTES) return { ok: false, error: "voice_too_large" };
  if (voiceNoteDurationMs === undefined) return { ok: false, error: "voice_duration_invalid" };
  const data = new Uint8Array(await voiceNote.arrayBuffer());
  const mimeType = detectAudioType(data);
  if (!mimeType || !(await isPlayableAudio(data, mimeType))) return { ok: false, error: "voice_not_audio" };
  return { ok: true, change: { kind: "set", data, mimeType, durationMs: voiceNoteDurationMs } };
}

/**
 * Applies the change inside the caller's transaction, after the caller has checked the product is
 * the seller's own. A new recording is a new row (new id), so the voice route may cache by id forever.
 */
export async function applyVoiceNote(tx: Tx, productId: string, change: VoiceNoteChange) {
  if (change.kind === "keep") return;
  await tx.productVoiceNote.deleteMany({ where: { productId } });
  if (change.kind === "set") {
    const { data, mimeType, durationMs } = change;
    await tx.productVoiceNote.create({ data: { productId, data, mimeType, durationMs } });
  }
}
