import "server-only";
import { type FailedResult, fail } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";

/** Who is asking about a cart: the signed-in user (if any) and the guest cart cookie (if any). */
export type CartOwner = { userId: string | null; cookieCartId: string | null };

/**
 * Carts are for buyers and signed-out visitors. A seller or admin is refused with `buyers_only`, so
 * the page can tell them to use a buyer account instead of failing silently.
 */
export async function cartCaller(
  owner: CartOwner,
): Promise<{ ok: true; buyerId: string | null } | FailedResult> {
  if (!owner.userId) return { ok: true, buyerId: null };
  // Every storefront page asks for the header's cart count, sellers' and admins' too: their refusal
  // is ordinary, not a security event.
  const guard = await loadActor(owner.userId, ["BUYER"], { recordRefusal: false });
  if (!guard.ok) return guard.error === "forbidden" ? fail("buyers_only") : guard;
  return { ok: true, buyerId: guard.actor.id };
}
