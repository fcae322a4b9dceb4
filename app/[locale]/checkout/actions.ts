"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { sessionUserId } from "@/lib/auth/session";
import { actionStorePath } from "@/lib/i18n/action-locale";
import { addressFields } from "@/lib/orders/address";
import { type PlaceOrderResult, placeOrder } from "@/lib/orders/checkout";
import { throttleAction } from "@/lib/security/request";

export type CheckoutState = {
  result: Exclude<PlaceOrderResult, { ok: true }>;
  /** What was typed, so the form keeps it after an error. */
  values: Partial<Record<(typeof addressFields)[number], string>>;
} | null;

export async function placeOrderAction(_prev: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const userId = await sessionUserId();
  const input = Object.fromEntries(formData);
  const result = (await throttleAction("checkout", userId)) ?? (await placeOrder(userId, input));
  if (!result.ok) {
    refresh();
    const values: NonNullable<CheckoutState>["values"] = {};
    for (const field of addressFields) {
      const value = formData.get(field);
      if (typeof value === "string") values[field] = value.slice(0, 300);
    }
    return { result, values };
  }
  redirect(await actionStorePath(result.data.redirectUrl));
}
