import "server-only";
import type { StockChange } from "@/lib/catalog/cache-tags";
import { restock } from "@/lib/catalog/restock";
import type { Tx } from "@/lib/db/client";
import type { CancelReason } from "@/lib/generated/prisma/client";
import { giveBackToPin } from "@/lib/live/pins/give-back";

/**
 * Calls off an order that is still waiting for payment and gives its stock back (a line bought at a
 * live show's price to its pin's reserved units while the pin holds them: lib/live/pins/give-back). The status change
 * is conditional, so whoever gets here first (the expiry job, the provider's expired event, the
 * buyer's cancel) gives the stock back, and everyone after finds nothing to do. Returns the stock
 * it gave back when this call was the one (for the storefront's cache, once committed), else null.
 */
export async function callOffUnpaidOrder(
  tx: Tx,
  orderId: string,
  reason: CancelReason,
  extraWhere: { buyerId?: string; expiresAt?: { lte: Date } } = {},
): Promise<StockChange[] | null> {
  const now = new Date();
  const cancelled = await tx.order.updateMany({
    where: { id: orderId, status: "PENDING_PAYMENT", ...extraWhere },
    data: { status: "CANCELLED", cancelReason: reason, cancelledAt: now },
  });
  if (cancelled.count !== 1) return null;
  await tx.shopOrder.updateMany({
    where: { orderId, status: "PENDING_PAYMENT" },
    data: { status: "CANCELLED" },
  });
  await tx.payment.updateMany({ where: { orderId, status: "PENDING" }, data: { status: "EXPIRED" } });
  const items = await tx.orderItem.findMany({
    where: { shopOrder: { orderId } },
    // One lock order for every writer of stock, so two of them cannot deadlock.
    orderBy: { productId: "asc" },
    select: { productId: true, quantity: true, livePinId: true },
  });
  const changes: StockChange[] = [];
  for (const item of items) {
    if (item.livePinId) {
      // Product first, then the pin: the lock order checkout and the pin's own return use.
      await tx.$queryRaw`SELECT "id" FROM "Product" WHERE "id" = ${item.productId} FOR UPDATE`;
      if (await giveBackToPin(tx, item.livePinId, item.quantity)) continue;
    }
    changes.push(await restock(tx, item.productId, item.quantity));
  }
  return changes;
}
