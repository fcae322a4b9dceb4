"use server";

import { redirect } from "next/navigation";
import type { FailedResult } from "@/lib/actions/result";
import { sessionUserId } from "@/lib/auth/session";
import { payOrder } from "@/lib/payments/checkout-session";

export type PayState = FailedResult | null;

/** Sends the buyer to the provider's hosted payment page for this order. */
export async function payAction(_prev: PayState, formData: FormData): Promise<PayState> {
  const userId = await sessionUserId();
  const result = await payOrder(userId, Object.fromEntries(formData));
  if (!result.ok) return result;
  redirect(result.data.url);
}
