import type Stripe from "stripe";
import type { Ctx } from "../context";
import { invalidRequest, missingResource } from "../errors";
import { emitEvent } from "../events";
import { newId } from "../ids";
import { own, type SessionRecord, type State } from "../store";
import { newCharge, newPaymentIntent } from "./payment-objects";
import type { PaymentMethod } from "./session-params";

export type PayOutcome = "succeeded" | "failed" | "processing";

export interface PaymentResult {
  session: Stripe.Checkout.Session;
  paymentIntent: Stripe.PaymentIntent;
  charge: Stripe.Charge | null;
}

export function requireSession(state: State, id: string): SessionRecord {
  const record = own(state.sessions, id);
  if (!record) throw missingResource("checkout.session", id);
  return record;
}

/**
 * What the buyer's click on the hosted page does. `succeeded` pays at once; `processing` is an async method
 * (a delayed Alipay) that `settleAsyncPayment` finishes later; `failed` is a decline that leaves the session open.
 */
export function payCheckoutSession(
  ctx: Ctx,
  sessionId: string,
  method: PaymentMethod,
  outcome: PayOutcome,
): PaymentResult {
  const record = requireSession(ctx.state, sessionId);
  const { session } = record;
  if (session.status !== "open") {
    throw invalidRequest(`This Checkout Session is ${session.status} and can no longer be paid.`);
  }
  if (!session.payment_method_types.includes(method)) {
    throw invalidRequest(`This Checkout Session does not accept ${method}.`, { param: "method" });
  }
  const paymentIntent = attemptIntent(ctx, record, method);
  if (outcome === "failed") {
    decline(ctx, paymentIntent, method);
    return { session, paymentIntent, charge: null };
  }
  if (outcome === "processing") {
    paymentIntent.status = "processing";
    complete(record, paymentIntent, "unpaid");
    emitEvent(ctx, "payment_intent.processing", paymentIntent);
    emitEvent(ctx, "checkout.session.completed", session);
    return { session, paymentIntent, charge: null };
  }
  const charge = capture(ctx, paymentIntent, method, session.customer_email);
  complete(record, paymentIntent, "paid");
  emitEvent(ctx, "payment_intent.succeeded", paymentIntent);
  emitEvent(ctx, "charge.succeeded", charge);
  emitEvent(ctx, "checkout.session.completed", session);
  return { session, paymentIntent, charge };
}

/** The later answer of an async payment method for a session completed as `processing`. */
export function settleAsyncPayment(
  ctx: Ctx,
  sessionId: string,
  outcome: "succeeded" | "failed",
): PaymentResult {
  const record = requireSession(ctx.state, sessionId);
  const { session } = record;
  const paymentIntent =
    typeof session.payment_intent === "string"
      ? own(ctx.state.paymentIntents, session.payment_intent)
      : undefined;
  if (paymentIntent?.status !== "processing") {
    throw invalidRequest("This Checkout Session has no payment in processing.");
  }
  const method = (paymentIntent.payment_method_types[0] ?? "alipay") as PaymentMethod;
  if (outcome === "failed") {
    decline(ctx, paymentIntent, method);
    emitEvent(ctx, "checkout.session.async_payment_failed", session);
    return { session, paymentIntent, charge: null };
  }
  const charge = capture(ctx, paymentIntent, method, session.customer_email);
  session.payment_status = "paid";
  emitEvent(ctx, "payment_intent.succeeded", paymentIntent);
  emitEvent(ctx, "charge.succeeded", charge);
  emitEvent(ctx, "checkout.session.async_payment_succeeded", session);
  return { session, paymentIntent, charge };
}

/** Checkout keeps one PaymentIntent per session across attempts, made at the first attempt. */
function attemptIntent(ctx: Ctx, record: SessionRecord, method: PaymentMethod): Stripe.PaymentIntent {
  const earlier = record.attemptPaymentIntent
    ? own(ctx.state.paymentIntents, record.attemptPaymentIntent)
    : undefined;
  const paymentIntent = earlier ?? newPaymentIntent(record, method, ctx.now);
  ctx.state.paymentIntents[paymentIntent.id] = paymentIntent;
  record.attemptPaymentIntent = paymentIntent.id;
  paymentIntent.payment_method = newId("pm_");
  paymentIntent.payment_method_types = [method];
  paymentIntent.last_payment_error = null;
  return paymentIntent;
}

function capture(
  ctx: Ctx,
  paymentIntent: Stripe.PaymentIntent,
  method: PaymentMethod,
  email: string | null,
): Stripe.Charge {
  const charge = newCharge(paymentIntent, method, email, ctx.now);
  ctx.state.charges[charge.id] = charge;
  paymentIntent.status = "succeeded";
  paymentIntent.amount_received = paymentIntent.amount;
  paymentIntent.latest_charge = charge.id;
  return charge;
}

function complete(
  record: SessionRecord,
  paymentIntent: Stripe.PaymentIntent,
  paymentStatus: "paid" | "unpaid",
) {
  const { session } = record;
  session.status = "complete";
  session.payment_status = paymentStatus;
  session.payment_intent = paymentIntent.id;
  // Stripe drops the URL once a session can no longer be paid.
  session.url = null;
  session.customer_details = {
    address: null,
    business_name: null,
    email: session.customer_email,
    individual_name: null,
    name: null,
    phone: null,
    tax_exempt: "none",
    tax_ids: [],
  };
  record.attemptPaymentIntent = null;
}

function decline(ctx: Ctx, paymentIntent: Stripe.PaymentIntent, method: PaymentMethod): void {
  paymentIntent.status = "requires_payment_method";
  paymentIntent.last_payment_error = (
    method === "card"
      ? {
          type: "card_error",
          code: "card_declined",
          decline_code: "generic_decline",
          message: "Your card was declined.",
        }
      : {
          type: "invalid_request_error",
          code: "payment_intent_payment_attempt_failed",
          message: "The payment failed.",
        }
  ) as Stripe.PaymentIntent.LastPaymentError;
  emitEvent(ctx, "payment_intent.payment_failed", paymentIntent);
}
