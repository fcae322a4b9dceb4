import "server-only";
import { db } from "@/lib/db/client";
import { type EventBus, eventBus, publishAfterCommit } from "@/lib/events";
import type { ConversationSide, MessageKind } from "@/lib/generated/prisma/client";
import { inboxChannel, type MessageEvent } from "./channels";
import { messageSelect, toMessageView } from "./views";

export type NewMessage = {
  kind: MessageKind;
  text?: string;
  productId?: string;
  orderId?: string;
  attachment?: {
    data: Uint8Array<ArrayBuffer>;
    mimeType: string;
    durationMs?: number;
    width?: number;
    height?: number;
  };
};

// Taken by every message insert for the rest of its transaction: seqs then commit in the order they
// were drawn, so a reader that has seen seq N never later meets a smaller one it skipped.
const MESSAGE_LOCK = 7_141_901;

/**
 * Persists first (the message, the conversation's last activity, the sender's read mark), then
 * publishes to both sides' inboxes. Callers have checked who may write here.
 */
export async function postMessage(
  conversation: { id: string; buyerId: string; shopOwnerId: string },
  sender: { side: ConversationSide; userId: string },
  message: NewMessage,
  bus: EventBus = eventBus(),
) {
  const row = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${MESSAGE_LOCK})`;
    const created = await tx.message.create({
      data: {
        conversationId: conversation.id,
        sender: sender.side,
        senderId: sender.userId,
        kind: message.kind,
        text: message.text ?? "",
        productId: message.productId,
        orderId: message.orderId,
        attachment: message.attachment ? { create: message.attachment } : undefined,
      },
      select: messageSelect,
    });
    await tx.conversation.update({
      where: { id: conversation.id },
      data: {
        lastMessageAt: created.createdAt,
        ...(sender.side === "BUYER" ? { buyerReadSeq: created.seq } : { shopReadSeq: created.seq }),
      },
    });
    return created;
  });
  const event: MessageEvent = { type: "message", conversationId: conversation.id, seq: row.seq };
  await publishAfterCommit(
    [inboxChannel(conversation.buyerId), inboxChannel(conversation.shopOwnerId)],
    event,
    bus,
  );
  return toMessageView(row);
}
