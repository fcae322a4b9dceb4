import "server-only";
import { expireForStockChanges } from "@/lib/catalog/invalidate";
import { db, type Tx } from "@/lib/db/client";
import { enqueueSoon, QUEUES } from "@/lib/jobs/queue";
import { announcePaidOrder } from "@/lib/messages/order-alerts";
import { callOffUnpaidOrder } from "@/lib/orders/give-back";
import { type ReceivedEvent, recordEvent } from "./events";
import { releasePayouts } from "./payouts";
import type { CheckoutState } from "./types";

export type SettleOutcome =
  /** The order went from waiting to paid by this call. */
  | "paid"
  /** Nothing new: the payment had already been settled this way. */
  | "unchanged"
  /** The provider is still waiting for the buyer or an asynchronous method. */
  | "waiting"
  | "failed"
  | "expired"
  /** Money arrived that the order cannot take (late, already paid, wrong amount): it goes back. */
  | "returned";

type PaymentRow = { id: string; orderId: string; amountFen: number; currency: string; status: string };

/**
 * The only writer of payment states. Given what the provider says about a payment's checkout now
 * (never what an old event said), it moves the payment, the order and its stock to match. The
 * webhook and the buyer's return from the hosted page both come here, so an order is paid once
 * whichever arrives first, and even when the webhook never does.
 */
export async function settlePayment(
  paymentId: string,
  state: CheckoutState,
  event?: ReceivedEvent,
): Promise<SettleOutcome> {
  const followUps: (() => Promise<void>)[] = [];
  const outcome = await db.$transaction(async (tx) => {
    // One settler per order at a time: the webhook, the success page and the expiry job may arrive
    // together. Every writer locks the order before its payments (the same order everywhere, so no
    // two can deadlock), and before the event row, whose foreign key would share-lock the payment.
    await tx.$executeRaw`SELECT 1 FROM "Order" WHERE "id" = (SELECT "orderId" FROM "Payment" WHERE "id" = ${paymentId}) FOR UPDATE`;
    await tx.$executeRaw`SELECT 1 FROM "Payment" WHERE "id" = ${paymentId} FOR UPDATE`;
    await recordEvent(tx, event, paymentId);
    const payment = await tx.payment.findUniqueOrThrow({
      where: { id: paymentId },
      select: { id: true, orderId: true, amountFen: true, currency: true, status: true },
    });
    if (state.status === "paid") return settlePaid(tx, payment, state, followUps);
    if (payment.status !== "PENDING") return "unchanged";
    if (state.status === "failed") {
      await tx.payment.update({ where: { id: payment.id }, data: { status: "FAILED" } });
      return "failed";
    }
    if (state.status === "expired") {
      await tx.payment.update({ where: { id: payment.id }, data: { status: "EXPIRED" } });
      // The provider closed the only way to pay: the order gives its stock back now.
      const others = await tx.payment.count({ where: { orderId: payment.orderId, status: "PENDING" } });
      if (others === 0) {
        const givenBack = await callOffUnpaidOrder(tx, payment.orderId, "EXPIRED");
        if (givenBack) followUps.push(() => expireForStockChanges(givenBack));
      }
      return "expired";
    }
    return "waiting";
  });
  for (const followUp of followUps) await followUp();
  return outcome;
}

async function settlePaid(
  tx: Tx,
  payment: PaymentRow,
  state: CheckoutState,
  followUps: (() => Promise<void>)[],
): Promise<SettleOutcome> {
  if (payment.status === "SUCCEEDED" || payment.status === "REFUNDED") return "unchanged";
  const received = {
    intentRef: state.intentRef,
    chargeRef: state.chargeRef,
    receivedFen: state.amountFen,
  };
  const returnIt = async (flag: "amount_mismatch" | "late_payment") => {
    await tx.payment.update({ where: { id: payment.id }, data: { ...received, status: "REFUNDED", flag } });
    followUps.push(() => enqueueSoon(QUEUES.returnPayment, { paymentId: payment.id }));
    return "returned" as const;
  };
  const sameMoney =
    state.amountFen === payment.amountFen && state.currency.toUpperCase() === payment.currency;
  if (!sameMoney) return returnIt("amount_mismatch");

  const paidAt = new Date();
  const order = await tx.order.updateMany({
    where: { id: payment.orderId, status: "PENDING_PAYMENT" },
    data: { status: "PAID", paidAt },
  });
  if (order.count !== 1) return returnIt("late_payment");
  await tx.payment.update({ where: { id: payment.id }, data: { ...received, status: "SUCCEEDED" } });
  // Any other attempt still open can no longer take money for this order.
  await tx.payment.updateMany({
    where: { orderId: payment.orderId, status: "PENDING" },
    data: { status: "EXPIRED" },
  });
  await tx.shopOrder.updateMany({
    where: { orderId: payment.orderId, status: "PENDING_PAYMENT" },
    data: { status: "PAID", paidAt },
  });
  // The sellers' centres announce it (after commit, like every follow-up).
  followUps.push(() => announcePaidOrder(payment.orderId));
  const released = await releasePayouts(tx, payment.orderId);
  for (const shopOrderId of released) {
    followUps.push(() => enqueueSoon(QUEUES.transferPayout, { shopOrderId }, { singletonKey: shopOrderId }));
  }
  return "paid";
}
