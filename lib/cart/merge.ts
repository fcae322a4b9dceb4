import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { MAX_QUANTITY } from "./constants";
import { retryOnUniqueViolation } from "./unique";

class AlreadyMerged extends Error {}

/** Adds `quantity` of a product to a cart line, never past `cap`. */
export async function addToLine(tx: Tx, cartId: string, productId: string, quantity: number, cap: number) {
  await tx.cartItem.upsert({
    where: { cartId_productId: { cartId, productId } },
    create: { cartId, productId, quantity: Math.min(quantity, cap) },
    update: { quantity: { increment: quantity } },
  });
  // The increment and the cap are separate statements so neither needs a read of the old quantity.
  await tx.cartItem.updateMany({
    where: { cartId, productId, quantity: { gt: cap } },
    data: { quantity: cap },
  });
}

/** The buyer's own cart, created the first time it is needed. */
export function buyerCartId(buyerId: string): Promise<string> {
  return retryOnUniqueViolation(async () => {
    const cart = await db.cart.upsert({
      where: { userId: buyerId },
      create: { userId: buyerId },
      update: {},
      select: { id: true },
    });
    return cart.id;
  });
}

/**
 * Moves a signed-out visitor's cart into the buyer's own cart and deletes the guest cart. Deleting
 * the guest cart is the claim: when two requests merge at once, only one deletes it and the other
 * rolls back, so nothing is counted twice.
 */
export async function mergeGuestCart(buyerId: string, guestCartId: string): Promise<void> {
  const hasGuestCart = await db.cart.count({ where: { id: guestCartId, userId: null } });
  if (!hasGuestCart) return;
  const cartId = await buyerCartId(buyerId);
  try {
    await retryOnUniqueViolation(() =>
      db.$transaction(async (tx) => {
        const guest = await tx.cart.findFirst({
          where: { id: guestCartId, userId: null },
          select: {
            items: { select: { productId: true, quantity: true, product: { select: { stock: true } } } },
          },
        });
        if (!guest) return;
        for (const item of guest.items) {
          const cap = Math.min(MAX_QUANTITY, Math.max(1, item.product.stock));
          await addToLine(tx, cartId, item.productId, item.quantity, cap);
        }
        const claimed = await tx.cart.deleteMany({ where: { id: guestCartId, userId: null } });
        if (claimed.count !== 1) throw new AlreadyMerged();
      }),
    );
  } catch (error) {
    if (!(error instanceof AlreadyMerged)) throw error;
  }
}
