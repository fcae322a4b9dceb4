"use server";

import { refresh } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { sessionUserId } from "@/lib/auth/session";
import { cancelOrder } from "@/lib/orders/cancel";

export type CancelOrderState = ActionResult | null;

export async function cancelOrderAction(
  _prev: CancelOrderState,
  formData: FormData,
): Promise<CancelOrderState> {
  const userId = await sessionUserId();
  const result = await cancelOrder(userId, Object.fromEntries(formData));
  refresh();
  return result;
}
