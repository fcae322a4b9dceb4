import "server-only";
import { z } from "zod";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log";
import { plainString } from "@/lib/validation/text";
import { loadParticipant } from "./access";

/**
 * Either side blocks the conversation: nobody can send in it until the side that blocked unblocks.
 * The other side cannot lift someone else's block.
 */
export async function setBlocked(
  userId: string | null,
  conversationId: string,
  blocked: boolean,
): Promise<ActionResult> {
  const loaded = await loadParticipant(userId, conversationId);
  if (!loaded.ok) return loaded;
  const { side } = loaded.participant;
  await db.conversation.updateMany({
    where: blocked ? { id: conversationId, blockedBy: null } : { id: conversationId, blockedBy: side },
    data: { blockedBy: blocked ? side : null },
  });
  return { ok: true };
}

const reportSchema = z.object({
  reason: plainString({ multiline: true }).trim().max(500, { error: "too_long" }).default(""),
});

/**
 * Either side reports the conversation to the village: the report is kept on the conversation (who,
 * when, why) and logged; it is what will let the village's admins read it (their page is not built yet).
 */
export async function reportConversation(
  userId: string | null,
  conversationId: string,
  input: unknown,
): Promise<ActionResult> {
  const loaded = await loadParticipant(userId, conversationId);
  if (!loaded.ok) return loaded;
  const parsed = reportSchema.safeParse(input ?? {});
  if (!parsed.success) return invalid(parsed.error);
  const { side, actor } = loaded.participant;
  await db.conversation.update({
    where: { id: conversationId },
    data: { reportedBy: side, reportedAt: new Date(), reportReason: parsed.data.reason || null },
  });
  logger.warn({ conversationId, userId: actor.id, side }, "conversation reported");
  return { ok: true };
}
