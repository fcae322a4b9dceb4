import type { Ctx } from "../context";
import { emitEvent } from "../events";
import { own, type SessionRecord } from "../store";

export function expireSession(ctx: Ctx, record: SessionRecord): void {
  const { session } = record;
  session.status = "expired";
  session.url = null;
  // A declined attempt's PaymentIntent can no longer be paid either.
  const attempt = record.attemptPaymentIntent
    ? own(ctx.state.paymentIntents, record.attemptPaymentIntent)
    : undefined;
  if (attempt && attempt.status === "requires_payment_method") {
    attempt.status = "canceled";
    attempt.canceled_at = ctx.now;
    attempt.cancellation_reason = "abandoned";
  }
  emitEvent(ctx, "checkout.session.expired", session);
}

/** Expires every open session whose `expires_at` has passed on the simulated clock; returns how many. */
export function expireDueSessions(ctx: Ctx): number {
  let expired = 0;
  for (const record of Object.values(ctx.state.sessions)) {
    if (record.session.status === "open" && record.session.expires_at <= ctx.now) {
      expireSession(ctx, record);
      expired += 1;
    }
  }
  return expired;
}
