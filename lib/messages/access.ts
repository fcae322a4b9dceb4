import "server-only";
import { type FailedResult, fail } from "@/lib/actions/result";
import { type Actor, loadActor, refuseNotOwned } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import type { ConversationSide } from "@/lib/generated/prisma/client";
import { isRecordId } from "@/lib/validation/text";

export type Participant = {
  actor: Actor;
  side: ConversationSide;
  conversation: {
    id: string;
    buyerId: string;
    shopId: string;
    shopOwnerId: string;
    blockedBy: ConversationSide | null;
    reportedBy: ConversationSide | null;
    buyerReadSeq: number;
    shopReadSeq: number;
  };
};

/**
 * The caller as one of the conversation's two sides: its buyer, or the seller who owns its shop (role
 * read from the database). Anyone else (another buyer, another shop's seller, an admin) gets not_found,
 * and the attempt is a security event when the conversation exists.
 */
export async function loadParticipant(
  userId: string | null,
  conversationId: string,
): Promise<{ ok: true; participant: Participant } | FailedResult> {
  const loaded = await loadActor(userId, ["BUYER", "SELLER", "ADMIN"]);
  if (!loaded.ok) return loaded;
  const { actor } = loaded;
  if (!isRecordId(conversationId)) return fail("not_found");
  const row = await db.conversation.findUnique({
    where: { id: conversationId },
    select: {
      id: true,
      buyerId: true,
      shopId: true,
      blockedBy: true,
      reportedBy: true,
      buyerReadSeq: true,
      shopReadSeq: true,
      shop: { select: { ownerId: true } },
    },
  });
  const side: ConversationSide | null =
    row && actor.role === "BUYER" && row.buyerId === actor.id
      ? "BUYER"
      : row && actor.role === "SELLER" && row.shop.ownerId === actor.id
        ? "SHOP"
        : null;
  if (!row || !side) return refuseNotOwned(actor, "conversation", async () => row);
  const { shop, ...conversation } = row;
  return {
    ok: true,
    participant: { actor, side, conversation: { ...conversation, shopOwnerId: shop.ownerId } },
  };
}

/** The user ids whose inboxes hear about this conversation. */
export const sidesOf = (conversation: { buyerId: string; shopOwnerId: string }) => [
  conversation.buyerId,
  conversation.shopOwnerId,
];

/**
 * Who may read (not write): the two sides, and once either side has reported the conversation, the
 * admins of the shop's village, who need to see what was reported. Everyone else gets not_found.
 */
export async function loadReader(
  userId: string | null,
  conversationId: string,
): Promise<{ ok: true; side: ConversationSide | "ADMIN" } | FailedResult> {
  const role = userId
    ? ((await db.user.findUnique({ where: { id: userId }, select: { role: true, villageId: true } })) ?? null)
    : null;
  if (role?.role !== "ADMIN") {
    const loaded = await loadParticipant(userId, conversationId);
    return loaded.ok ? { ok: true, side: loaded.participant.side } : loaded;
  }
  const reported =
    isRecordId(conversationId) && role.villageId
      ? await db.conversation.findFirst({
          where: { id: conversationId, reportedAt: { not: null }, shop: { villageId: role.villageId } },
          select: { id: true },
        })
      : null;
  if (reported) return { ok: true, side: "ADMIN" };
  // Not reported, or another village's: refused (and logged) like any stranger.
  const refused = await loadParticipant(userId, conversationId);
  return refused.ok ? fail("not_found") : refused;
}
