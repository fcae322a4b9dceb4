"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { sessionUserId } from "@/lib/auth/session";
import { actionStorePath } from "@/lib/i18n/action-locale";
import { likeSession } from "@/lib/live/chat/likes";
import { postChat } from "@/lib/live/chat/post";
import type { ChatView } from "@/lib/live/chat/views";
import { addPinToCart } from "@/lib/live/pins/buy";

// Thin wrappers: every rule is in lib/live (who, what, how much, at what price).

/** "Buy" on the pinned card: into the cart at the session price, or on to checkout at once. */
export async function buyPinnedAction(
  pinId: string,
  then: "cart" | "checkout",
): Promise<ActionResult<{ quantity: number; sessionPriceFen: number }>> {
  const result = await addPinToCart(await sessionUserId(), { pinId });
  if (result.ok && then === "checkout") redirect(await actionStorePath("/checkout"));
  return result;
}

export async function postLiveChatAction(sessionId: string, text: string): Promise<ActionResult<ChatView>> {
  return postChat(await sessionUserId(), { sessionId, text });
}

export async function likeLiveAction(
  sessionId: string,
  taps: number,
): Promise<ActionResult<{ count: number }>> {
  return likeSession(await sessionUserId(), { sessionId, taps });
}
