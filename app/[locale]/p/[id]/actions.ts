"use server";

import type { ActionResult } from "@/lib/actions/result";
import { addToCart } from "@/lib/cart/add";
import { readCartOwner, syncCartCookie } from "@/lib/cart/cookie";

export type AddToCartState = ActionResult<{ quantity: number }> | null;

/** The product page's "add to cart". The page is cached for everyone; the header's count refetches. */
export async function addToCartAction(_prev: AddToCartState, formData: FormData): Promise<AddToCartState> {
  const owner = await readCartOwner();
  const result = await addToCart(owner, Object.fromEntries(formData));
  if (!result.ok) return result;
  await syncCartCookie(owner, result.data.cartId);
  return { ok: true, data: { quantity: result.data.quantity } };
}
