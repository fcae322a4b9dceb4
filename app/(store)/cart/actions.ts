"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { addToCart } from "@/lib/cart/add";
import { changeCartQuantity, removeFromCart } from "@/lib/cart/change";
import { readCartOwner, syncCartCookie } from "@/lib/cart/cookie";

export type AddToCartState = ActionResult<{ quantity: number }> | null;
export type CartLineState = ActionResult<{ quantity: number }> | ActionResult | null;

export async function addToCartAction(_prev: AddToCartState, formData: FormData): Promise<AddToCartState> {
  const owner = await readCartOwner();
  const result = await addToCart(owner, Object.fromEntries(formData));
  if (!result.ok) return result;
  await syncCartCookie(owner, result.data.cartId);
  // The header's cart count is on every page.
  revalidatePath("/", "layout");
  return { ok: true, data: { quantity: result.data.quantity } };
}

export async function changeQuantityAction(_prev: CartLineState, formData: FormData): Promise<CartLineState> {
  const owner = await readCartOwner();
  const result = await changeCartQuantity(owner, Object.fromEntries(formData));
  await syncCartCookie(owner);
  revalidatePath("/", "layout");
  return result;
}

export async function removeFromCartAction(_prev: CartLineState, formData: FormData): Promise<CartLineState> {
  const owner = await readCartOwner();
  const result = await removeFromCart(owner, Object.fromEntries(formData));
  await syncCartCookie(owner);
  revalidatePath("/", "layout");
  return result;
}
