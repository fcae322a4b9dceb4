"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ShipFormState } from "@/components/seller/ship-form/types";
import { sessionUserId } from "@/lib/auth/session";
import { shipFormInput } from "@/lib/seller/form-input";
import { markShopOrderShipped } from "@/lib/seller/ship";

export async function markShippedAction(_state: ShipFormState, formData: FormData): Promise<ShipFormState> {
  const userId = await sessionUserId();
  const result = await markShopOrderShipped(userId, shipFormInput(formData));
  if (!result.ok) return result;
  // The buyer's order page shows the courier and tracking number too.
  revalidatePath("/", "layout");
  redirect(`/seller/orders?tab=shipped&done=${result.data.shopOrderId}`);
}
