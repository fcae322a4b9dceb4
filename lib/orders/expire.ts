import "server-only";
import { expireForStockChanges } from "@/lib/catalog/invalidate";
import { db } from "@/lib/db/client";
import type { CancelReason } from "@/lib/generated/prisma/client";
import { announcePinsOf } from "@/lib/live/pins/give-back";
import { paymentProvider } from "@/lib/payments/provider";
import { settlePayment } from "@/lib/payments/settle";
import { callOffUnpaidOrder } from "./give-back";

export type CloseOutcome = "closed" | "paid" | "processing" | "not_open";

/**
 * Ends an unpaid order (its time ran out, or the buyer called it off) and gives its stock back once.
 * The provider's checkout is closed first: if the buyer paid in the last moment, that payment wins
 * and the order is paid instead; if the payment is still being processed, the order waits.
 */
export async function closeUnpaidOrder(
  orderId: string,
  reason: CancelReason,
  scope: { buyerId?: string; now?: Date } = {},
): Promise<CloseOutcome> {
  const open = await db.payment.findMany({
    where: { orderId, status: "PENDING", providerRef: { not: null }, provider: paymentProvider.name },
    select: { id: true, providerRef: true },
  });
  for (const payment of open) {
    if (!payment.providerRef) continue;
    const state = await paymentProvider.expireCheckout(payment.providerRef);
    if (state.status === "paid") {
      const outcome = await settlePayment(payment.id, state);
      if (outcome === "paid" || outcome === "unchanged") return "paid";
    }
    if (state.status === "processing") return "processing";
  }
  const closed = await db.$transaction((tx) =>
    callOffUnpaidOrder(tx, orderId, reason, {
      ...(scope.buyerId && { buyerId: scope.buyerId }),
      ...(reason === "EXPIRED" && { expiresAt: { lte: scope.now ?? new Date() } }),
    }),
  );
  if (!closed) return "not_open";
  await expireForStockChanges(closed);
  await announcePinsOf(orderId);
  return "closed";
}

/** The sweep behind the per-order expiry jobs: every order whose time ran out, oldest first. */
export async function expireOverdueOrders(now = new Date(), limit = 200) {
  const overdue = await db.order.findMany({
    where: { status: "PENDING_PAYMENT", expiresAt: { lte: now } },
    orderBy: { expiresAt: "asc" },
    take: limit,
    select: { id: true },
  });
  const outcomes: CloseOutcome[] = [];
  for (const { id } of overdue) outcomes.push(await closeUnpaidOrder(id, "EXPIRED", { now }));
  return outcomes;
}
