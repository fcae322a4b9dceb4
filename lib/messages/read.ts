import "server-only";
import { type ActionResult, fail } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadParticipant, loadReader } from "./access";
import { CONVERSATION_PAGE } from "./limits";
import { messageSelect, toMessageView } from "./views";

/** Where a user's conversations are: as a buyer, or as the seller of their shop. */
async function scopeOf(userId: string | null) {
  const loaded = await loadActor(userId, ["BUYER", "SELLER"], { recordRefusal: false });
  if (!loaded.ok) return null;
  const { actor } = loaded;
  if (actor.role === "BUYER") return { side: "BUYER" as const, where: { buyerId: actor.id } };
  return { side: "SHOP" as const, where: { shop: { ownerId: actor.id } } };
}

/** The caller's conversations, latest first, each with the other side's name and its unread count. */
export async function listConversations(userId: string | null) {
  const scope = await scopeOf(userId);
  if (!scope) return null;
  const rows = await db.conversation.findMany({
    where: scope.where,
    orderBy: { lastMessageAt: "desc" },
    take: 100,
    select: {
      id: true,
      lastMessageAt: true,
      buyerReadSeq: true,
      shopReadSeq: true,
      blockedBy: true,
      buyer: { select: { name: true } },
      shop: { select: { nameZh: true, nameEn: true, slug: true } },
      messages: { orderBy: { seq: "desc" }, take: 1, select: messageSelect },
    },
  });
  const unread = await unreadByConversation(
    rows.map((row) => row.id),
    scope.side,
  );
  return {
    side: scope.side,
    conversations: rows.map(({ messages, ...row }) => ({
      ...row,
      lastMessageAt: row.lastMessageAt.toISOString(),
      last: messages[0] ? toMessageView(messages[0]) : null,
      unread: unread.get(row.id) ?? 0,
    })),
  };
}

async function unreadByConversation(ids: string[], side: "BUYER" | "SHOP") {
  if (ids.length === 0) return new Map<string, number>();
  const readColumn = side === "BUYER" ? Prisma.sql`c."buyerReadSeq"` : Prisma.sql`c."shopReadSeq"`;
  const rows = await db.$queryRaw<{ id: string; unread: number }[]>`
    SELECT c."id", count(m."id")::int AS unread
    FROM "Conversation" c JOIN "Message" m ON m."conversationId" = c."id"
    WHERE c."id" IN (${Prisma.join(ids)}) AND m."seq" > ${readColumn} AND m."sender" <> ${side}::"ConversationSide"
    GROUP BY c."id"`;
  return new Map(rows.map((row) => [row.id, row.unread]));
}

/** Messages from the other side the caller has not read, over all their conversations (the nav badge). */
export async function unreadCount(userId: string | null): Promise<number> {
  const scope = await scopeOf(userId);
  if (!scope || !userId) return 0;
  const [row] =
    scope.side === "BUYER"
      ? await db.$queryRaw<{ unread: number }[]>`
          SELECT count(*)::int AS unread FROM "Conversation" c JOIN "Message" m ON m."conversationId" = c."id"
          WHERE c."buyerId" = ${userId} AND m."seq" > c."buyerReadSeq" AND m."sender" = 'SHOP'`
      : await db.$queryRaw<{ unread: number }[]>`
          SELECT count(*)::int AS unread FROM "Conversation" c JOIN "Shop" s ON s."id" = c."shopId"
          JOIN "Message" m ON m."conversationId" = c."id"
          WHERE s."ownerId" = ${userId} AND m."seq" > c."shopReadSeq" AND m."sender" = 'BUYER'`;
  return row?.unread ?? 0;
}

/**
 * One conversation for one of its sides (or, once reported, its village's admin): both names and
 * the latest messages, oldest first.
 */
export async function getConversation(userId: string | null, conversationId: string) {
  const loaded = await loadReader(userId, conversationId);
  if (!loaded.ok) return null;
  const { side } = loaded;
  const row = await db.conversation.findUniqueOrThrow({
    where: { id: conversationId },
    select: {
      id: true,
      blockedBy: true,
      reportedBy: true,
      buyer: { select: { name: true } },
      shop: { select: { nameZh: true, nameEn: true, slug: true } },
      messages: { orderBy: { seq: "desc" }, take: CONVERSATION_PAGE, select: messageSelect },
    },
  });
  return { ...row, side, messages: row.messages.reverse().map(toMessageView) };
}

/**
 * Every message after `afterSeq` in the caller's conversations, oldest first: what the event stream
 * sends when a viewer connects, reconnects with its Last-Event-ID, or hears of a new message.
 */
export async function messagesAfter(userId: string, side: "BUYER" | "SHOP", afterSeq: number, take = 500) {
  const rows = await db.message.findMany({
    where: {
      seq: { gt: afterSeq },
      conversation: side === "BUYER" ? { buyerId: userId } : { shop: { ownerId: userId } },
    },
    orderBy: { seq: "asc" },
    take,
    select: messageSelect,
  });
  return rows.map(toMessageView);
}

/** The caller has seen the conversation up to `seq` (never moves backwards). */
export async function markRead(
  userId: string | null,
  conversationId: string,
  seq: unknown,
): Promise<ActionResult<{ unread: number }>> {
  const loaded = await loadParticipant(userId, conversationId);
  if (!loaded.ok) return loaded;
  if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq < 0) return fail("invalid_input");
  const column = loaded.participant.side === "BUYER" ? "buyerReadSeq" : "shopReadSeq";
  await db.conversation.updateMany({
    where: { id: conversationId, [column]: { lt: seq } },
    data: { [column]: seq },
  });
  return { ok: true, data: { unread: await unreadCount(userId) } };
}

/** The newest seq of the whole site: where a viewer with no cursor starts (only new messages). */
export async function latestSeq(): Promise<number> {
  const row = await db.message.aggregate({ _max: { seq: true } });
  return row._max.seq ?? 0;
}
