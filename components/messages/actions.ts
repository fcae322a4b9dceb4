"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { sessionUserId } from "@/lib/auth/session";
import { actionLocale } from "@/lib/i18n/action-locale";
import { storePath } from "@/lib/i18n/paths";
import { reportConversation, setBlocked } from "@/lib/messages/moderation";
import { openConversation } from "@/lib/messages/open";

/**
 * "Ask the shop" on a product, shop or order page: a plain form, so it works before the page's
 * JavaScript has loaded. A signed-out visitor signs in first and comes back to the same page.
 */
export async function openConversationAction(formData: FormData): Promise<void> {
  const locale = await actionLocale();
  const input = {
    shopSlug: formData.get("shopSlug") || undefined,
    productId: formData.get("productId") || undefined,
    orderId: formData.get("orderId") || undefined,
  };
  const userId = await sessionUserId();
  const returnTo = String(formData.get("returnTo") ?? "");
  if (!userId) {
    const back = returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : storePath(locale);
    redirect(`/signin?callbackUrl=${encodeURIComponent(back)}`);
  }
  const result = await openConversation(userId, input);
  if (!result.ok) redirect(storePath(locale, "/messages"));
  redirect(storePath(locale, `/messages/${result.data.conversationId}`));
}

export async function blockAction(conversationId: string, blocked: boolean): Promise<ActionResult> {
  return setBlocked(await sessionUserId(), conversationId, blocked);
}

export async function reportAction(conversationId: string, reason: string): Promise<ActionResult> {
  return reportConversation(await sessionUserId(), conversationId, { reason });
}
