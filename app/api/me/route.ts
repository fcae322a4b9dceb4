import { NextResponse } from "next/server";
import { roleOf } from "@/lib/auth/session";
import { readCartOwner } from "@/lib/cart/cookie";
import { getCartCount } from "@/lib/cart/read";
import { unreadCount } from "@/lib/messages/read";

/**
 * The one per-visitor read of a storefront page: who is signed in (their role), how many things
 * are in their cart and how many messages they have not read. Pages themselves are the same for everyone, so they can be prerendered.
 */
export async function GET() {
  // One session read (React's per-request cache does not reach route handlers): the cart owner's.
  const owner = await readCartOwner();
  const [role, cartCount, unreadMessages] = await Promise.all([
    roleOf(owner.userId),
    getCartCount(owner),
    owner.userId ? unreadCount(owner.userId) : 0,
  ]);
  return NextResponse.json(
    { role, cartCount, unreadMessages },
    { headers: { "cache-control": "private, no-store" } },
  );
}
