import "server-only";
import { type FailedResult, fail } from "@/lib/actions/result";
import { type Actor, loadActor, refuseNotOwned } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import type { ConversationSide } from "@/lib/generated/prisma/client";

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

const ID = /^[a-z0-9]{1,40}$/i;

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
  if (!ID.test(conversationId)) return fail("not_found");
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
