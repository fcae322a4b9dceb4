import "server-only";
import { db } from "@/lib/db/client";

/** A chat line as every viewer sees it: no user ids, only a shortened name (or the shop's). */
export type ChatView = {
  id: string;
  seq: number;
  text: string;
  fromSeller: boolean;
  author: string;
  createdAt: string;
};

export const chatSelect = {
  id: true,
  seq: true,
  text: true,
  fromSeller: true,
  createdAt: true,
  author: { select: { name: true } },
  session: { select: { shop: { select: { nameZh: true } } } },
} as const;

type ChatRow = {
  id: string;
  seq: number;
  text: string;
  fromSeller: boolean;
  createdAt: Date;
  author: { name: string };
  session: { shop: { nameZh: string } };
};

/** "李**": enough to tell viewers apart in a busy chat, not enough to find them. */
export function shortName(name: string): string {
  const first = Array.from(name.trim())[0] ?? "?";
  return `${first}**`;
}

export function toChatView(row: ChatRow): ChatView {
  return {
    id: row.id,
    seq: row.seq,
    text: row.text,
    fromSeller: row.fromSeller,
    author: row.fromSeller ? row.session.shop.nameZh : shortName(row.author.name),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Chat after `afterSeq` in order (removed lines left out); with no cursor, the latest `recent`. */
export async function chatAfter(sessionId: string, afterSeq: number, recent = 50): Promise<ChatView[]> {
  if (afterSeq < 0) {
    const latest = await db.liveChatMessage.findMany({
      where: { sessionId, removedAt: null },
      orderBy: { seq: "desc" },
      take: recent,
      select: chatSelect,
    });
    return latest.reverse().map(toChatView);
  }
  const rows = await db.liveChatMessage.findMany({
    where: { sessionId, removedAt: null, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take: 200,
    select: chatSelect,
  });
  return rows.map(toChatView);
}

/** Ids of removed lines, sent on every (re)connect so a browser that was away drops them too. */
export async function removedChatIds(sessionId: string): Promise<string[]> {
  const rows = await db.liveChatMessage.findMany({
    where: { sessionId, removedAt: { not: null } },
    orderBy: { seq: "desc" },
    take: 200,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
