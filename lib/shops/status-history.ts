import "server-only";
import type { Tx } from "@/lib/db/client";
import type { ShopStatus } from "@/lib/generated/prisma/client";

export type StatusChange = {
  shopId: string;
  /** null for the shop's first status (sign-up). */
  from: ShopStatus | null;
  to: ShopStatus;
  /** Who made the change: the seller signing up, the admin approving or suspending. */
  byUserId: string | null;
  at?: Date;
};

/**
 * Keeps the shop's status history (ShopStatusChange). Every writer of Shop.status calls this in the
 * same transaction as its update, so the history never disagrees with the status: the active-shop
 * count of a past period (lib/village/active-shops.ts) reads it instead of today's status.
 */
export async function recordShopStatus(tx: Tx, change: StatusChange): Promise<void> {
  await tx.shopStatusChange.create({
    data: {
      shopId: change.shopId,
      fromStatus: change.from,
      toStatus: change.to,
      byUserId: change.byUserId,
      ...(change.at ? { at: change.at } : {}),
    },
  });
}
