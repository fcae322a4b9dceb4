"use server";

import type { ActionResult } from "@/lib/actions/result";
import { sessionUserId } from "@/lib/auth/session";
import { muteViewer, removeChatMessage } from "@/lib/live/chat/moderate";
import { postChat } from "@/lib/live/chat/post";
import type { ChatView } from "@/lib/live/chat/views";
import { type ConsoleStats, loadConsoleStats } from "@/lib/live/pins/console";
import { pinProduct } from "@/lib/live/pins/pin";
import { unpinProduct } from "@/lib/live/pins/unpin";

// Thin wrappers over lib/live: each reads the caller's role and her own session there.

export async function pinAction(input: {
  sessionId: string;
  productId: string;
  reservedQuantity: number;
  sessionPriceFen: number;
  perBuyerLimit: number | null;
  countdownSeconds: number | null;
}): Promise<ActionResult<{ pinId: string }>> {
  return pinProduct(await sessionUserId(), input);
}

export async function unpinAction(sessionId: string): Promise<ActionResult> {
  return unpinProduct(await sessionUserId(), { sessionId });
}

export async function sellerChatAction(sessionId: string, text: string): Promise<ActionResult<ChatView>> {
  return postChat(await sessionUserId(), { sessionId, text });
}

export async function removeChatAction(messageId: string): Promise<ActionResult> {
  return removeChatMessage(await sessionUserId(), { messageId });
}

export async function muteChatAuthorAction(messageId: string): Promise<ActionResult> {
  return muteViewer(await sessionUserId(), { messageId });
}

export async function consoleStatsAction(
  sessionId: string,
): Promise<{ ok: true; data: ConsoleStats } | { ok: false; error: string }> {
  return loadConsoleStats(await sessionUserId(), sessionId);
}
