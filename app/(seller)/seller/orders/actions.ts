"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import type { RefundFormState } from "@/components/refund/refund-form";
import type { ShipFormState } from "@/components/seller/ship-form/types";
import { sessionUserId } from "@/lib/auth/session";
import { refundInputFromForm } from "@/lib/payments/refund-form";
import { refundShopOrder } from "@/lib/payments/refunds";
import { shipFormInput } from "@/lib/seller/form-input";
import { markShopOrderShipped } from "@/lib/seller/ship";

export async function markShippedAction(_state: ShipFormState, formData: FormData): Promise<ShipFormState> {
  const userId = await sessionUserId();
  const result = await markShopOrderShipped(userId, shipFormInput(formData));
  if (!result.ok) return result;
  redirect(`/seller/orders?tab=shipped&done=${result.data.shopOrderId}`);
}

/** The seller gives money back for some items of one of their own parcels (refundShopOrder checks whose). */
export async function refundAction(_state: RefundFormState, formData: FormData): Promise<RefundFormState> {
  const userId = await sessionUserId();
  const result = await refundShopOrder(userId, refundInputFromForm(formData));
  if (!result.ok) return { ok: false, error: result.error };
  // The seller's own pages are rendered per request; the buyer's order page too.
  refresh();
  return { ok: true, amountFen: result.data.amountFen };
}
