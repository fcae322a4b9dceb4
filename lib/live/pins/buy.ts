import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { MAX_QUANTITY } from "@/lib/cart/constants";
import { buyerCartId } from "@/lib/cart/merge";
import { retryOnUniqueViolation } from "@/lib/cart/unique";
import { visibleProduct } from "@/lib/catalog/visibility";
import { db } from "@/lib/db/client";
import { idString } from "@/lib/validation/text";
import { pinIsOpen } from "./current";

const buySchema = z.object({
  pinId: idString(),
  quantity: z.coerce
    .number({ error: "quantity_invalid" })
    .int({ error: "quantity_invalid" })
    .min(1, { error: "quantity_invalid" })
    .max(MAX_QUANTITY, { error: "quantity_invalid" })
    .default(1),
});

/**
 * "Buy" on the pinned card: puts the pinned product in the buyer's cart marked with the pin, so
 * checkout tries the session price for it. Nothing here promises that price: checkout decides it
 * again from the pin as it is then. A signed-in buyer only (a guest cart is merged on sign-in
 * without its pin, so the price would be lost on the way). The line's quantity is set, not added
 * to, and kept within the units left and the per-buyer limit.
 */
export async function addPinToCart(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<{ quantity: number; sessionPriceFen: number }>> {
  const guard = await loadActor(userId, ["BUYER"], { recordRefusal: false });
  if (!guard.ok) return guard.error === "forbidden" ? fail("buyers_only") : guard;
  const parsed = buySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const pin = await db.livePin.findFirst({
    where: { id: parsed.data.pinId, product: visibleProduct },
    select: {
      id: true,
      productId: true,
      sessionPriceFen: true,
      reservedQuantity: true,
      soldQuantity: true,
      perBuyerLimit: true,
      unpinnedAt: true,
      stockReturnedAt: true,
      endsAt: true,
      session: { select: { status: true } },
    },
  });
  if (!pin) return fail("not_found");
  const remaining = pin.reservedQuantity - pin.soldQuantity;
  if (!pinIsOpen(pin, pin.session.status)) return fail("live_price_over");
  if (remaining < 1) return fail("live_sold_out");
  const quantity = Math.min(parsed.data.quantity, remaining, pin.perBuyerLimit ?? MAX_QUANTITY);
  const cartId = await buyerCartId(guard.actor.id);
  await retryOnUniqueViolation(() =>
    db.cartItem.upsert({
      where: { cartId_productId: { cartId, productId: pin.productId } },
      create: { cartId, productId: pin.productId, quantity, livePinId: pin.id },
      update: { quantity, livePinId: pin.id },
    }),
  );
  return { ok: true, data: { quantity, sessionPriceFen: pin.sessionPriceFen } };
}
