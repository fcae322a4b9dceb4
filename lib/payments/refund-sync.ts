import "server-only";
import { db } from "@/lib/db/client";
import { type ReceivedEvent, recordEvent } from "./events";
import { paymentProvider } from "./provider";
import type { RefundState } from "./types";

/**
 * Sends a recorded refund to the provider, then reverses the shop's transfer for its part when the
 * payout had already been sent. Each call has its own idempotency key, so running this again after
 * a crash or a lost answer gives the buyer their money once and takes it from the shop once.
 */
export async function submitRefund(refundId: string) {
  const refund = await db.refund.findUniqueOrThrow({
    where: { id: refundId },
    select: {
      id: true,
      status: true,
      amountFen: true,
      providerRef: true,
      reversalFen: true,
      reversalRef: true,
      shopOrderId: true,
      shopOrder: {
        select: {
          payout: { select: { transferRef: true } },
          order: { select: { payments: { where: { status: "SUCCEEDED" }, select: { chargeRef: true } } } },
        },
      },
    },
  });
  const chargeRef = refund.shopOrder.order.payments[0]?.chargeRef;
  if (!chargeRef) throw new Error(`refund ${refundId}: the order has no charge`);
  if (!refund.providerRef) {
    const sent = await paymentProvider.refund({
      chargeRef,
      amountFen: refund.amountFen,
      idempotencyKey: `refund:${refund.id}`,
      metadata: { refundId: refund.id, shopOrderId: refund.shopOrderId },
    });
    await db.refund.update({
      where: { id: refund.id },
      data: { providerRef: sent.ref, status: refundStatus(sent.status) },
    });
  }
  const transferRef = refund.shopOrder.payout?.transferRef;
  if (refund.reversalFen > 0 && !refund.reversalRef && transferRef) {
    const reversal = await paymentProvider.reverseTransfer({
      transferRef,
      amountFen: refund.reversalFen,
      idempotencyKey: `reversal:${refund.id}`,
    });
    await db.refund.update({ where: { id: refund.id }, data: { reversalRef: reversal.ref } });
  }
}

function refundStatus(status: RefundState) {
  return status === "succeeded" ? "SUCCEEDED" : status === "failed" ? "FAILED" : "PENDING";
}

/** A refund (or the charge it belongs to) changed at the provider: take its state from there. */
export async function syncRefund(subject: { kind: "refund" | "charge"; ref: string }, event: ReceivedEvent) {
  const refs =
    subject.kind === "refund"
      ? [subject.ref]
      : (
          await db.refund.findMany({
            where: {
              providerRef: { not: null },
              shopOrder: { order: { payments: { some: { chargeRef: subject.ref } } } },
            },
            select: { providerRef: true },
          })
        ).flatMap((r) => (r.providerRef ? [r.providerRef] : []));
  const states = await Promise.all(refs.map((ref) => paymentProvider.fetchRefund(ref)));
  await db.$transaction(async (tx) => {
    await recordEvent(tx, event, null);
    for (const state of states) {
      await tx.refund.updateMany({
        where: { providerRef: state.ref },
        data: { status: refundStatus(state.status) },
      });
    }
  });
}

/** Money the order could not take (late, or not the order's amount) goes back whole, once. */
export async function returnPayment(paymentId: string) {
  const payment = await db.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: { status: true, chargeRef: true, receivedFen: true, refundRef: true },
  });
  if (payment.status !== "REFUNDED" || payment.refundRef || !payment.chargeRef || !payment.receivedFen)
    return;
  const sent = await paymentProvider.refund({
    chargeRef: payment.chargeRef,
    amountFen: payment.receivedFen,
    idempotencyKey: `return:${paymentId}`,
    metadata: { paymentId },
  });
  await db.payment.update({ where: { id: paymentId }, data: { refundRef: sent.ref } });
}

/** The safety net behind the queue: anything money-related left half done is finished here. */
export async function retryStuckMoney(olderThan = new Date(Date.now() - 60_000)) {
  const refunds = await db.refund.findMany({
    where: {
      createdAt: { lt: olderThan },
      OR: [
        { providerRef: null, status: "PENDING" },
        { reversalFen: { gt: 0 }, reversalRef: null },
      ],
    },
    select: { id: true },
    take: 200,
  });
  // One that keeps failing must not keep the others from being retried.
  const retry = async (what: string, work: () => Promise<void>) =>
    work().catch((error: unknown) => console.error(`[refunds] ${what} still failing`, error));
  for (const { id } of refunds) await retry(`refund ${id}`, () => submitRefund(id));
  const returns = await db.payment.findMany({
    where: { status: "REFUNDED", refundRef: null, chargeRef: { not: null }, updatedAt: { lt: olderThan } },
    select: { id: true },
    take: 200,
  });
  for (const { id } of returns) await retry(`return of payment ${id}`, () => returnPayment(id));
  return { refunds: refunds.length, returns: returns.length };
}
