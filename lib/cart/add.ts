import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { visibleProduct } from "@/lib/catalog/visibility";
import { db } from "@/lib/db/client";
import { idString } from "@/lib/validation/text";
import { MAX_QUANTITY } from "./constants";
import { addToLine } from "./merge";
import { type CartOwner, cartCaller } from "./owner";
import { ensureCartId } from "./resolve";
import { retryOnUniqueViolation } from "./unique";

export const productIdSchema = idString();

const addSchema = z.object({
  productId: productIdSchema,
  quantity: z.coerce
    .number({ error: "quantity_invalid" })
    .int({ error: "quantity_invalid" })
    .min(1, { error: "quantity_invalid" })
    .max(MAX_QUANTITY, { error: "quantity_invalid" })
    .default(1),
});

/**
 * Puts a product in the caller's cart (created on first use). Only the product id and a quantity come
 * from the caller: the price is always read from the database, at checkout. A line never holds more
 * than the stock (or 99).
 */
export async function addToCart(
  owner: CartOwner,
  input: unknown,
): Promise<ActionResult<{ cartId: string; quantity: number }>> {
  const caller = await cartCaller(owner);
  if (!caller.ok) return caller;
  const parsed = addSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { productId, quantity } = parsed.data;
  const product = await db.product.findFirst({
    where: { id: productId, ...visibleProduct },
    select: { stock: true },
  });
  if (!product) return fail("not_found");
  if (product.stock < 1) return fail("sold_out");
  const cap = Math.min(MAX_QUANTITY, product.stock);
  const cartId = await ensureCartId(caller.buyerId, owner.cookieCartId);
  await retryOnUniqueViolation(() =>
    db.$transaction((tx) => addToLine(tx, cartId, productId, quantity, cap)),
  );
  const line = await db.cartItem.findUnique({
    where: { cartId_productId: { cartId, productId } },
    select: { quantity: true },
  });
  return { ok: true, data: { cartId, quantity: line?.quantity ?? 0 } };
}
