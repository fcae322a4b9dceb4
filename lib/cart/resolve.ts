import "server-only";
import { db } from "@/lib/db/client";
import { buyerCartId, mergeGuestCart } from "./merge";

/**
 * The id of the caller's cart, or null when they have none yet. A buyer who still carries a guest
 * cart cookie (they just signed in) gets it merged into their own cart first.
 */
export async function findCartId(
  buyerId: string | null,
  cookieCartId: string | null,
): Promise<string | null> {
  const guestCartId = cookieCartId && cookieCartId.length <= 40 ? cookieCartId : null;
  if (buyerId) {
    if (guestCartId) await mergeGuestCart(buyerId, guestCartId);
    const cart = await db.cart.findUnique({ where: { userId: buyerId }, select: { id: true } });
    return cart?.id ?? null;
  }
  if (!guestCartId) return null;
  // A guest cookie only ever opens a guest cart: never a cart that belongs to a user.
  const cart = await db.cart.findFirst({ where: { id: guestCartId, userId: null }, select: { id: true } });
  return cart?.id ?? null;
}

/** Like findCartId, but creates the cart when there is none (on the first add). */
export async function ensureCartId(buyerId: string | null, cookieCartId: string | null): Promise<string> {
  const existing = await findCartId(buyerId, cookieCartId);
  if (existing) return existing;
  if (buyerId) return buyerCartId(buyerId);
  const cart = await db.cart.create({ data: {}, select: { id: true } });
  return cart.id;
}
