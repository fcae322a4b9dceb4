import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { ShopOrderStatus } from "@/lib/generated/prisma/client";
import { paymentProvider } from "./provider";

/**
 * When a shop order's money is released to its shop: today once the buyer has paid. Taobao's
 * guaranteed trade releases it on the buyer's delivery confirmation; moving there is this one line
 * (and calling releasePayouts where a parcel is confirmed delivered).
 */
export const PAYOUT_RELEASED_AT: ShopOrderStatus = "PAID";

/**
 * Creates the payout of every shop order of the order that has reached the release point. The unique
 * shop order on Payout makes releasing twice a no-op. Returns the shop orders released now.
 */
export async function releasePayouts(tx: Tx, orderId: string): Promise<string[]> {
  const shopOrders = await tx.shopOrder.findMany({
    where: { orderId, status: PAYOUT_RELEASED_AT, payout: null },
    select: { id: true, shopId: true, payoutFen: true },
  });
  if (shopOrders.length === 0) return [];
  await tx.payout.createMany({
    data: shopOrders.map((so) => ({ shopOrderId: so.id, shopId: so.shopId, amountFen: so.payoutFen })),
    skipDuplicates: true,
  });
  return shopOrders.map((so) => so.id);
}

export type TransferOutcome = "transferred" | "not_due" | "account_not_ready" | "nothing_left";

/**
 * Sends one shop order's payout to its shop's account, once. The payout row stays locked while the
 * provider is called, so a refund of the same shop order waits and then sees it transferred (and
 * reverses its part) instead of shrinking an amount already sent; the idempotency key per shop
 * order makes a retried or repeated call one transfer.
 */
export async function transferPayout(shopOrderId: string): Promise<TransferOutcome> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM "Payout" WHERE "shopOrderId" = ${shopOrderId} FOR UPDATE`;
      const payout = await tx.payout.findUnique({
        where: { shopOrderId },
        select: {
          id: true,
          status: true,
          amountFen: true,
          refundedFen: true,
          shop: { select: { payoutAccountId: true, payoutsEnabled: true } },
          shopOrder: {
            select: {
              order: {
                select: {
                  number: true,
                  currency: true,
                  payments: { where: { status: "SUCCEEDED" }, select: { chargeRef: true } },
                },
              },
            },
          },
        },
      });
      if (payout?.status !== "ACCRUED") return "not_due";
      const amountFen = payout.amountFen - payout.refundedFen;
      if (amountFen === 0) {
        await tx.payout.update({
          where: { id: payout.id },
          data: { status: "TRANSFERRED", transferredFen: 0, transferredAt: new Date() },
        });
        return "nothing_left";
      }
      const { payoutAccountId, payoutsEnabled } = payout.shop;
      if (!payoutAccountId || !payoutsEnabled) return "account_not_ready";
      const order = payout.shopOrder.order;
      const chargeRef = order.payments[0]?.chargeRef;
      if (!chargeRef) return "not_due";
      const transfer = await paymentProvider.transfer({
        amountFen,
        currency: order.currency,
        accountRef: payoutAccountId,
        group: order.number,
        sourceChargeRef: chargeRef,
        idempotencyKey: `payout:${shopOrderId}`,
        metadata: { shopOrderId },
      });
      await tx.payout.update({
        where: { id: payout.id },
        data: {
          status: "TRANSFERRED",
          transferRef: transfer.ref,
          transferredFen: amountFen,
          transferredAt: new Date(),
        },
      });
      return "transferred";
    },
    { timeout: 60_000 },
  );
}

/** Every accrued payout whose shop can now be paid (all shops, or one that just became ready). */
export async function transferDuePayouts(shopId?: string) {
  const due = await db.payout.findMany({
    where: {
      status: "ACCRUED",
      shop: { payoutsEnabled: true, ...(shopId && { id: shopId }) },
      // Only money that came through the provider can be transferred from its charge.
      shopOrder: { order: { payments: { some: { status: "SUCCEEDED", chargeRef: { not: null } } } } },
    },
    orderBy: { createdAt: "asc" },
    take: 500,
    select: { shopOrderId: true },
  });
  const outcomes: TransferOutcome[] = [];
  for (const { shopOrderId } of due) outcomes.push(await transferPayout(shopOrderId));
  return outcomes;
}
