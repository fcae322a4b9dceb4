import type Stripe from "stripe";
import type { Ctx } from "../context";
import { invalidRequest, missingResource } from "../errors";
import { emitEvent } from "../events";
import type { FormParams } from "../form";
import { newId } from "../ids";
import { LIST_PARAMS, listPage } from "../list";
import { formatAmount } from "../money";
import { newestFirst, own, type State } from "../store";
import { requireCharge } from "./charges";
import { requirePaymentIntent } from "./payment-intents";
import { pathId, type Route } from "./route";

export const refundRoutes: Route[] = [
  { method: "POST", path: /^\/refunds$/, handle: create },
  { method: "GET", path: /^\/refunds$/, handle: list },
  { method: "GET", path: /^\/refunds\/([^/]+)$/, handle: retrieve },
];

const REASONS = ["duplicate", "fraudulent", "requested_by_customer"] as const;

/** Refunds succeed at once (as card refunds in test mode do) and never exceed what is left of the charge. */
function create(ctx: Ctx, params: FormParams): Stripe.Refund {
  params.rejectUnknown(["charge", "payment_intent", "amount", "metadata", "reason", "expand"]);
  const charge = chargeToRefund(ctx.state, params);
  const remaining = charge.amount - charge.amount_refunded;
  if (remaining <= 0) {
    throw invalidRequest(`Charge ${charge.id} has already been refunded.`, {
      code: "charge_already_refunded",
    });
  }
  const amount = params.integer("amount", { min: 1 }) ?? remaining;
  if (amount > remaining) {
    throw invalidRequest(
      `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency)})`,
      { param: "amount", code: "amount_too_large" },
    );
  }
  const refund: Stripe.Refund = {
    id: newId("re_"),
    object: "refund",
    amount,
    balance_transaction: newId("txn_"),
    charge: charge.id,
    created: ctx.now,
    currency: charge.currency,
    customer: null,
    customer_account: null,
    metadata: params.metadata(),
    payment_intent: typeof charge.payment_intent === "string" ? charge.payment_intent : null,
    payment_method: charge.payment_method,
    reason: params.choice("reason", REASONS) ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: null,
  };
  ctx.state.refunds[refund.id] = refund;

  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  const earlier = charge.refunds?.data ?? [];
  charge.refunds = {
    object: "list",
    data: [refund, ...earlier],
    has_more: false,
    url: `/v1/charges/${charge.id}/refunds`,
  };

  emitEvent(ctx, "refund.created", refund);
  emitEvent(ctx, "charge.refunded", charge, { previousAttributes: previous });
  emitEvent(ctx, "refund.updated", refund);
  return refund;
}

/** `charge`, or `payment_intent` standing for its successful charge; both must agree when given. */
function chargeToRefund(state: State, params: FormParams): Stripe.Charge {
  const chargeId = params.string("charge");
  const paymentIntentId = params.string("payment_intent");
  if (!chargeId && !paymentIntentId) {
    throw invalidRequest(
      "One of the following params should be provided for this request: payment_intent or charge.",
    );
  }
  let charge = chargeId ? requireCharge(state, chargeId, "charge") : undefined;
  if (paymentIntentId) {
    const paymentIntent = requirePaymentIntent(state, paymentIntentId, "payment_intent");
    const latest = typeof paymentIntent.latest_charge === "string" ? paymentIntent.latest_charge : null;
    if (paymentIntent.status !== "succeeded" || !latest) {
      throw invalidRequest(`PaymentIntent ${paymentIntent.id} does not have a successful charge to refund.`, {
        param: "payment_intent",
      });
    }
    if (charge && charge.id !== latest) {
      throw invalidRequest(`Charge ${charge.id} does not belong to PaymentIntent ${paymentIntent.id}.`, {
        param: "charge",
      });
    }
    charge = requireCharge(state, latest, "payment_intent");
  }
  if (charge?.status !== "succeeded") {
    throw invalidRequest("Only a successful charge can be refunded.", { param: "charge" });
  }
  return charge;
}

function retrieve(ctx: Ctx, params: FormParams, ids: string[]): Stripe.Refund {
  params.rejectUnknown(["expand"]);
  const id = pathId(ids);
  const refund = own(ctx.state.refunds, id);
  if (!refund) throw missingResource("refund", id);
  return refund;
}

function list(ctx: Ctx, params: FormParams): Stripe.ApiList<Stripe.Refund> {
  params.rejectUnknown([...LIST_PARAMS, "charge", "payment_intent"]);
  const charge = params.string("charge");
  const paymentIntent = params.string("payment_intent");
  const refunds = newestFirst(ctx.state.refunds).filter(
    (refund) =>
      (charge === undefined || refund.charge === charge) &&
      (paymentIntent === undefined || refund.payment_intent === paymentIntent),
  );
  return listPage(refunds, params, "/v1/refunds");
}
