import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { endSessions } from "@/lib/auth/session-policy";
import { catalogTag } from "@/lib/catalog/cache-tags";
import { expireCatalog } from "@/lib/catalog/invalidate";
import { db } from "@/lib/db/client";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { recordShopStatus } from "./status-history";

const inputSchema = z.object({
  shopId: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required", abort: true })
    .max(64, { error: "too_long" }),
});

type Transition = { from: ShopStatus; to: ShopStatus };

/**
 * Moves a shop of the admin's own village from one status to the next. The expected status and the
 * village are both in the `where`, so a shop of another village, or one already moved by another
 * admin, is left untouched.
 */
async function moveShop(
  userId: string | null,
  input: unknown,
  { from, to }: Transition,
): Promise<ActionResult> {
  const guard = await loadActor(userId, ["ADMIN"]);
  if (!guard.ok) return guard;
  const { villageId } = guard.actor;
  if (!villageId) return fail("forbidden");
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { shopId } = parsed.data;
  const at = new Date();
  // The move and its history row together: a past period's active shops are read from the history.
  const count = await db.$transaction(async (tx) => {
    const moved = await tx.shop.updateMany({
      where: { id: shopId, villageId, status: from },
      data: { status: to, ...(from === "PENDING" ? { approvedAt: at } : {}) },
    });
    if (moved.count === 1) await recordShopStatus(tx, { shopId, from, to, byUserId: guard.actor.id, at });
    return moved.count;
  });
  if (count === 1) {
    // A shop opening or closing changes lists, counts and pages across the whole storefront.
    await expireCatalog([catalogTag.all]);
    // A suspended seller is signed out everywhere: no session begun before the suspension works.
    if (to === "SUSPENDED") {
      const shop = await db.shop.findUnique({ where: { id: shopId }, select: { ownerId: true } });
      if (shop) await endSessions(shop.ownerId, "shop_suspended");
    }
    return { ok: true };
  }
  const stillThere = await db.shop.findFirst({ where: { id: shopId, villageId }, select: { id: true } });
  return fail(stillThere ? "wrong_status" : "not_found");
}

/** PENDING → ACTIVE: the shop may sell from now on. */
export function approveShop(userId: string | null, input: unknown) {
  return moveShop(userId, input, { from: "PENDING", to: "ACTIVE" });
}

/** ACTIVE → SUSPENDED: the shop and its products leave the storefront. */
export function suspendShop(userId: string | null, input: unknown) {
  return moveShop(userId, input, { from: "ACTIVE", to: "SUSPENDED" });
}

/** SUSPENDED → ACTIVE. */
export function reinstateShop(userId: string | null, input: unknown) {
  return moveShop(userId, input, { from: "SUSPENDED", to: "ACTIVE" });
}
