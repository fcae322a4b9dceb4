import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { visibleProduct } from "@/lib/catalog/visibility";
import { db } from "@/lib/db/client";
import { productIdSchema } from "./add";
import { MAX_QUANTITY } from "./constants";
import { type CartOwner, cartCaller } from "./owner";
import { findCartId } from "./resolve";

const changeSchema = z.object({
  productId: productIdSchema,
  quantity: z.coerce
    .number({ error: "quantity_invalid" })
    .int({ error: "quantity_invalid" })
    .min(1, { error: "quantity_invalid" })
    .max(MAX_QUANTITY, { error: "quantity_invalid" }),
});

const removeSchema = z.object({ productId: productIdSchema });

/** Sets a cart line's quantity, lowered to the stock when fewer are left. */
export async function changeCartQuantity(
  owner: CartOwner,
  input: unknown,
): Promise<ActionResult<{ quantity: number }>> {
  const caller = await cartCaller(owner);
  if (!caller.ok) return caller;
  const parsed = changeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { productId } = parsed.data;
  const cartId = await findCartId(caller.buyerId, owner.cookieCartId);
  if (!cartId) return fail("not_found");
  const product = await db.product.findFirst({
    where: { id: productId, ...visibleProduct },
    select: { stock: true },
  });
  if (!product) return fail("unavailable");
  if (product.stock < 1) return fail("sold_out");
  const quantity = Math.min(parsed.data.quantity, product.stock);
  // The cart id in the where is the owner check: a line in anyone else's cart matches nothing.
  const updated = await db.cartItem.updateMany({ where: { cartId, productId }, data: { quantity } });
  if (updated.count !== 1) return fail("not_found");
  return { ok: true, data: { quantity } };
}

export async function removeFromCart(owner: CartOwner, input: unknown): Promise<ActionResult> {
  const caller = await cartCaller(owner);
  if (!caller.ok) return caller;
  const parsed = removeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const cartId = await findCartId(caller.buyerId, owner.cookieCartId);
  if (!cartId) return fail("not_found");
  const removed = await db.cartItem.deleteMany({ where: { cartId, productId: parsed.data.productId } });
  if (removed.count !== 1) return fail("not_found");
  return { ok: true };
}
