import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor, refuseNotOwned } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { publishAfterCommit } from "@/lib/events";
import { liveChannel } from "@/lib/live/channel";
import { idString } from "@/lib/validation/text";

const messageSchema = z.object({ messageId: idString() });

/** A chat line of one of the seller's own shows, or the refusal (another seller's is not_found). */
async function ownMessage(userId: string | null, input: unknown, scope: string) {
  const guard = await loadActor(userId, ["SELLER"]);
  if (!guard.ok) return guard;
  const parsed = messageSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const message = await db.liveChatMessage.findFirst({
    where: { id: parsed.data.messageId, session: { shop: { ownerId: guard.actor.id } } },
    select: { id: true, sessionId: true, authorId: true, removedAt: true },
  });
  if (!message) {
    return refuseNotOwned(guard.actor, scope, () =>
      db.liveChatMessage.findUnique({ where: { id: parsed.data.messageId }, select: { id: true } }),
    );
  }
  return { ok: true as const, actor: guard.actor, message };
}

/** The seller takes a line down: it disappears for every viewer (the event, and every reconnect). */
export async function removeChatMessage(userId: string | null, input: unknown): Promise<ActionResult> {
  const own = await ownMessage(userId, input, "live.chat.remove");
  if (!own.ok) return own;
  await db.liveChatMessage.updateMany({
    where: { id: own.message.id, removedAt: null },
    data: { removedAt: new Date() },
  });
  await publishAfterCommit([liveChannel(own.message.sessionId)], {
    type: "chat-removed",
    messageId: own.message.id,
  });
  return { ok: true };
}

/** The seller mutes the writer of a line for the rest of the show, and takes the line down. */
export async function muteViewer(userId: string | null, input: unknown): Promise<ActionResult> {
  const own = await ownMessage(userId, input, "live.chat.mute");
  if (!own.ok) return own;
  if (own.message.authorId === own.actor.id) return fail("cannot_mute_self");
  await db.liveMute.upsert({
    where: { sessionId_userId: { sessionId: own.message.sessionId, userId: own.message.authorId } },
    create: { sessionId: own.message.sessionId, userId: own.message.authorId },
    update: {},
  });
  return removeChatMessage(userId, input);
}
