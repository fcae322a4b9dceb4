"use server";

import { refresh } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { changeCartQuantity, removeFromCart } from "@/lib/cart/change";
import { readCartOwner, syncCartCookie } from "@/lib/cart/cookie";

export type CartLineState = ActionResult<{ quantity: number }> | ActionResult | null;

// The cart page is rendered per visitor; refresh() re-renders it for this one, and only it.
export async function changeQuantityAction(_prev: CartLineState, formData: FormData): Promise<CartLineState> {
  const owner = await readCartOwner();
  const result = await changeCartQuantity(owner, Object.fromEntries(formData));
  await syncCartCookie(owner);
  refresh();
  return result;
}

export async function removeFromCartAction(_prev: CartLineState, formData: FormData): Promise<CartLineState> {
  const owner = await readCartOwner();
  const result = await removeFromCart(owner, Object.fromEntries(formData));
  await syncCartCookie(owner);
  refresh();
  return result;
}
