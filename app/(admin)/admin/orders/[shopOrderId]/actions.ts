"use server";

import { revalidatePath } from "next/cache";
import type { RefundFormState } from "@/components/refund/refund-form";
import { sessionUserId } from "@/lib/auth/session";
import { refundInputFromForm } from "@/lib/payments/refund-form";
import { refundShopOrder } from "@/lib/payments/refunds";

/**
 * The village admin gives money back for some items of a parcel. refundShopOrder reads the caller's
 * role and village from the database and refuses a parcel of another village as not found.
 */
export async function adminRefundAction(
  _prev: RefundFormState,
  formData: FormData,
): Promise<RefundFormState> {
  const result = await refundShopOrder(await sessionUserId(), refundInputFromForm(formData));
  if (!result.ok) return { ok: false, error: result.error };
  const shopOrderId = String(formData.get("shopOrderId"));
  revalidatePath(`/admin/orders/${shopOrderId}`);
  revalidatePath("/admin/orders");
  revalidatePath("/admin/money");
  revalidatePath("/admin");
  return { ok: true, amountFen: result.data.amountFen };
}
