import "server-only";
import { cookies } from "next/headers";
import { sessionUserId } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { CART_COOKIE, SECURE_CART_COOKIE } from "./constants";
import type { CartOwner } from "./owner";

// On https the cookie is Secure and __Host- prefixed, like next-auth's own.
const secure = env.NEXTAUTH_URL.startsWith("https://");
const cookieName = secure ? SECURE_CART_COOKIE : CART_COOKIE;

/** The current request's cart owner: session user id and guest cart cookie. */
export async function readCartOwner(): Promise<CartOwner> {
  const [userId, jar] = await Promise.all([sessionUserId(), cookies()]);
  return { userId, cookieCartId: jar.get(cookieName)?.value ?? null };
}

/**
 * After a cart action: a guest keeps their cart id in an httpOnly cookie; a signed-in buyer's cart
 * lives on their user, so any guest cookie left from before sign-in (already merged) is dropped.
 * Only callable from server actions and route handlers, where cookies may be written.
 */
export async function syncCartCookie(owner: CartOwner, guestCartId?: string) {
  const jar = await cookies();
  if (owner.userId) {
    if (jar.has(cookieName)) jar.delete(cookieName);
    return;
  }
  if (!guestCartId || owner.cookieCartId === guestCartId) return;
  jar.set(cookieName, guestCartId, {
    httpOnly: true,
    secure,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 30,
  });
}
