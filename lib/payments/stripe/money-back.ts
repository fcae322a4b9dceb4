import "server-only";
import type Stripe from "stripe";
import type { ProviderActivity, RefundInput, RefundState } from "../types";
import { stripe } from "./client";

export async function stripeRefund(input: RefundInput) {
  const refund = await stripe.refunds.create(
    { charge: input.chargeRef, amount: input.amountFen, metadata: input.metadata },
    { idempotencyKey: input.idempotencyKey },
  );
  return { ref: refund.id, status: refundStatus(refund) };
}

export async function fetchStripeRefund(ref: string) {
  const refund = await stripe.refunds.retrieve(ref);
  return { ref: refund.id, status: refundStatus(refund) };
}

function refundStatus(refund: Stripe.Refund): RefundState {
  if (refund.status === "succeeded") return "succeeded";
  if (refund.status === "failed" || refund.status === "canceled") return "failed";
  return "pending";
}

export async function listStripeActivity(range: { from: Date; to: Date }): Promise<ProviderActivity> {
  const created = { gte: Math.floor(range.from.getTime() / 1000), lt: Math.floor(range.to.getTime() / 1000) };
  const activity: ProviderActivity = { charges: [], refunds: [], transfers: [] };
  for await (const charge of stripe.charges.list({ created, limit: 100 })) {
    if (charge.status !== "succeeded") continue;
    activity.charges.push({
      ref: charge.id,
      amountFen: charge.amount,
      refundedFen: charge.amount_refunded,
      currency: charge.currency,
    });
  }
  for await (const refund of stripe.refunds.list({ created, limit: 100 })) {
    const chargeRef = typeof refund.charge === "string" ? refund.charge : (refund.charge?.id ?? null);
    activity.refunds.push({
      ref: refund.id,
      chargeRef,
      amountFen: refund.amount,
      status: refund.status ?? "",
    });
  }
  for await (const transfer of stripe.transfers.list({ created, limit: 100 })) {
    const accountRef =
      typeof transfer.destination === "string" ? transfer.destination : (transfer.destination?.id ?? "");
    activity.transfers.push({
      ref: transfer.id,
      amountFen: transfer.amount,
      reversedFen: transfer.amount_reversed,
      accountRef,
    });
  }
  return activity;
}
