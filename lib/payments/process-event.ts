import "server-only";
import { type ActionResult, fail } from "@/lib/actions/result";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { PAYMENT_FAILED, PAYMENT_SUCCEEDED, type PaymentEventInput } from "./types";

export type PaymentOutcome =
  /** The order went from waiting for payment to paid. */
  | "paid"
  /** This event was processed before: nothing changed. */
  | "duplicate"
  /** A new event for a payment that had already succeeded or failed: recorded, nothing else changed. */
  | "already_settled"
  /** Money arrived for an order that is no longer waiting (cancelled): payment recorded, order untouched. */
  | "order_not_payable"
  /** The provider says the payment failed. */
  | "failed"
  /** An event type we do not act on: recorded so it is not processed again. */
  | "ignored";

/**
 * The one way a payment provider's event changes an order, whatever the provider. Inserting the
 * PaymentEvent row is the at-most-once gate: its unique (provider, providerEventId) makes a second
 * delivery, even a concurrent one, fail its insert and roll back. Every state change after it is a
 * conditional update, so an order is marked paid once.
 */
export async function processPaymentEvent(
  event: PaymentEventInput,
): Promise<ActionResult<{ outcome: PaymentOutcome }>> {
  const payment = await db.payment.findUnique({
    where: { provider_providerRef: { provider: event.provider, providerRef: event.providerRef } },
    select: { id: true, orderId: true, amountFen: true },
  });
  // Not recorded, so the provider's retry is processed once the payment exists.
  if (!payment) return fail("unknown_payment");
  if (event.type === PAYMENT_SUCCEEDED && event.amountFen !== payment.amountFen)
    return fail("amount_mismatch");

  try {
    const outcome = await db.$transaction(async (tx): Promise<PaymentOutcome> => {
      await tx.paymentEvent.create({
        data: {
          provider: event.provider,
          providerEventId: event.eventId,
          type: event.type,
          paymentId: payment.id,
        },
      });
      if (event.type === PAYMENT_FAILED) {
        const failed = await tx.payment.updateMany({
          where: { id: payment.id, status: "PENDING" },
          data: { status: "FAILED" },
        });
        return failed.count === 1 ? "failed" : "already_settled";
      }
      if (event.type !== PAYMENT_SUCCEEDED) return "ignored";

      const succeeded = await tx.payment.updateMany({
        where: { id: payment.id, status: "PENDING" },
        data: { status: "SUCCEEDED" },
      });
      if (succeeded.count !== 1) return "already_settled";
      const paidAt = new Date();
      const order = await tx.order.updateMany({
        where: { id: payment.orderId, status: "PENDING_PAYMENT" },
        data: { status: "PAID", paidAt },
      });
      if (order.count !== 1) return "order_not_payable";
      await tx.shopOrder.updateMany({
        where: { orderId: payment.orderId, status: "PENDING_PAYMENT" },
        data: { status: "PAID", paidAt },
      });
      return "paid";
    });
    return { ok: true, data: { outcome } };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: true, data: { outcome: "duplicate" } };
    throw error;
  }
}
