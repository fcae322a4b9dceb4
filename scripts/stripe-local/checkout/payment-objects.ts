import type Stripe from "stripe";
import { newId } from "../ids";
import type { SessionRecord } from "../store";
import type { PaymentMethod } from "./session-params";

/** The PaymentIntent Checkout makes for a session, carrying `payment_intent_data` through. */
export function newPaymentIntent(
  record: SessionRecord,
  method: PaymentMethod,
  now: number,
): Stripe.PaymentIntent {
  const { session, paymentIntentData } = record;
  const amount = session.amount_total ?? 0;
  const id = newId("pi_");
  return {
    id,
    object: "payment_intent",
    allowed_payment_method_types: null,
    amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: "automatic_async",
    client_secret: `${id}_secret_${newId("", 25)}`,
    confirmation_method: "automatic",
    created: now,
    currency: session.currency ?? "cny",
    customer: null,
    customer_account: null,
    description: paymentIntentData.description,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: { ...paymentIntentData.metadata },
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: null,
    payment_method_types: [method],
    payment_record: null,
    processing: null,
    receipt_email: session.customer_email,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: "requires_payment_method",
    transfer_data: null,
    transfer_group: paymentIntentData.transferGroup,
  } as Stripe.PaymentIntent;
}

/** The successful charge behind a paid PaymentIntent. */
export function newCharge(
  paymentIntent: Stripe.PaymentIntent,
  method: PaymentMethod,
  email: string | null,
  now: number,
): Stripe.Charge {
  const id = newId("ch_");
  return {
    id,
    object: "charge",
    amount: paymentIntent.amount,
    amount_captured: paymentIntent.amount,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    // Stripe's balance transactions are not served here; the id is for reconciliation by reference only.
    balance_transaction: newId("txn_"),
    billing_details: { address: null, email, name: null, phone: null, tax_id: null },
    calculated_statement_descriptor: "XIAYING MARKET",
    captured: true,
    created: now,
    currency: paymentIntent.currency,
    customer: null,
    description: paymentIntent.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    fraud_details: {},
    livemode: false,
    metadata: { ...paymentIntent.metadata },
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: "approved_by_network",
      reason: null,
      risk_level: "normal",
      risk_score: 20,
      seller_message: "Payment complete.",
      type: "authorized",
    },
    paid: true,
    payment_intent: paymentIntent.id,
    payment_method: paymentIntent.payment_method as string | null,
    payment_method_details: paymentMethodDetails(method),
    receipt_email: email,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    refunds: { object: "list", data: [], has_more: false, url: `/v1/charges/${id}/refunds` },
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: "succeeded",
    transfer_data: null,
    transfer_group: paymentIntent.transfer_group,
  } as Stripe.Charge;
}

/** What each method reports; ids and fingerprints are made up but shaped like the real ones. */
function paymentMethodDetails(method: PaymentMethod): Stripe.Charge.PaymentMethodDetails {
  switch (method) {
    case "card":
      return {
        type: "card",
        card: {
          brand: "visa",
          country: "US",
          exp_month: 12,
          exp_year: 2034,
          fingerprint: newId("", 16),
          funding: "credit",
          last4: "4242",
          network: "visa",
        },
      } as Stripe.Charge.PaymentMethodDetails;
    case "alipay":
      return {
        type: "alipay",
        alipay: { buyer_id: `2088${digits(12)}`, fingerprint: newId("", 16), transaction_id: digits(28) },
      } as Stripe.Charge.PaymentMethodDetails;
    case "wechat_pay":
      return {
        type: "wechat_pay",
        wechat_pay: { fingerprint: newId("", 16), transaction_id: `4200${digits(24)}` },
      } as Stripe.Charge.PaymentMethodDetails;
  }
}

function digits(count: number): string {
  let text = "";
  for (let index = 0; index < count; index++) text += String(Math.floor(Math.random() * 10));
  return text;
}
