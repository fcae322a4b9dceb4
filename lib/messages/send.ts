import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { processPhoto } from "@/lib/images/process";
import { throttle } from "@/lib/security/rate-limit";
import { plainString } from "@/lib/validation/text";
import { loadParticipant } from "./access";
import { MAX_TEXT_CHARS } from "./limits";
import { type NewMessage, postMessage } from "./post";
import type { MessageView } from "./views";
import { prepareVoice } from "./voice";

const isFile = (value: unknown): value is Blob => value instanceof Blob;

const sendSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("text"),
    text: plainString({ error: "required", multiline: true })
      .trim()
      .min(1, { error: "required" })
      .max(MAX_TEXT_CHARS, { error: "too_long" }),
  }),
  z.object({ kind: z.literal("voice"), file: z.custom<Blob>(isFile, { error: "voice_not_audio" }) }),
  z.object({ kind: z.literal("photo"), file: z.custom<Blob>(isFile, { error: "photo_not_image" }) }),
]);

/**
 * One side of a conversation sends text, a voice recording or a photo. Checked in this order: who
 * (a side of this conversation, role from the database), the input's shape, the send limit, a block,
 * then the content itself (voice decoded and transcoded, photo re-encoded).
 */
export async function sendMessage(
  userId: string | null,
  conversationId: string,
  input: unknown,
  context: { ip?: string | null } = {},
): Promise<ActionResult<MessageView>> {
  const loaded = await loadParticipant(userId, conversationId);
  if (!loaded.ok) return loaded;
  const { actor, side, conversation } = loaded.participant;
  const parsed = sendSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const limit = await throttle("message", `user:${actor.id}`, { userId: actor.id, ip: context.ip });
  if (!limit.ok) return fail("throttled");
  if (conversation.blockedBy) return fail("blocked");

  let message: NewMessage;
  const value = parsed.data;
  if (value.kind === "text") message = { kind: "TEXT", text: value.text };
  else if (value.kind === "voice") {
    const voice = await prepareVoice(value.file);
    if (!voice.ok) return fail(voice.error);
    message = { kind: "VOICE", attachment: voice.voice };
  } else {
    const photo = await processPhoto(value.file);
    if (!photo.ok) return fail(photo.error);
    message = { kind: "PHOTO", attachment: photo.photo };
  }
  const view = await postMessage(conversation, { side, userId: actor.id }, message);
  return { ok: true, data: view };
}
