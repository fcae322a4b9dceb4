import { NextResponse } from "next/server";
import { currentUser } from "@/lib/auth/session";
import { readCartOwner } from "@/lib/cart/cookie";
import { getCartCount } from "@/lib/cart/read";

/**
 * The one per-visitor read of a storefront page: who is signed in (their role) and how many things
 * are in their cart. Pages themselves are the same for everyone, so they can be prerendered.
 */
export async function GET() {
  const [user, owner] = await Promise.all([currentUser(), readCartOwner()]);
  const cartCount = await getCartCount(owner);
  return NextResponse.json(
    { role: user?.role ?? null, cartCount },
    { headers: { "cache-control": "private, no-store" } },
  );
}
