"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FailedResult } from "@/lib/actions/result";
import { sessionUserId } from "@/lib/auth/session";
import { payWithDemo } from "@/lib/payments/demo-pay";

export type PayState = FailedResult | null;

export async function payAction(_prev: PayState, formData: FormData): Promise<PayState> {
  const userId = await sessionUserId();
  const result = await payWithDemo(userId, Object.fromEntries(formData));
  if (!result.ok) return result;
  revalidatePath("/orders", "layout");
  redirect(`/orders/${result.data.orderId}?paid=1`);
}
