"use server";

import type { ActionResult } from "@/lib/actions/result";
import { sessionUserId } from "@/lib/auth/session";
import { reportConversation, setBlocked } from "@/lib/messages/moderation";

export async function blockAction(conversationId: string, blocked: boolean): Promise<ActionResult> {
  return setBlocked(await sessionUserId(), conversationId, blocked);
}

export async function reportAction(conversationId: string, reason: string): Promise<ActionResult> {
  return reportConversation(await sessionUserId(), conversationId, { reason });
}
