import type Stripe from "stripe";
import { newId } from "../ids";
import type { SessionRecord } from "../store";
import type { LineInput, SessionInput } from "./session-params";

/** The hosted payment page of a session, on this server. */
export function checkoutPageUrl(baseUrl: string, sessionId: string): string {
  return `${baseUrl}/checkout/pay/${sessionId}`;
}

export function newSessionRecord(input: SessionInput, now: number, baseUrl: string): SessionRecord {
  const id = newId("cs_test_", 58);
  const session: Stripe.Checkout.Session = {
    id,
    object: "checkout.session",
    adaptive_pricing: null,
    after_expiration: null,
    allow_promotion_codes: null,
    allowed_payment_method_types: input.allowedPaymentMethodTypes,
    amount_subtotal: input.amountTotal,
    amount_total: input.amountTotal,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: input.cancelUrl,
    client_reference_id: input.clientReferenceId,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: now,
    currency: input.currency,
    currency_conversion: null,
    custom_fields: [],
    custom_text: {
      after_submit: null,
      shipping_address: null,
      submit: null,
      terms_of_service_acceptance: null,
    },
    customer: null,
    customer_account: null,
    customer_creation: "if_required",
    customer_details: null,
    customer_email: input.customerEmail,
    discounts: [],
    expires_at: input.expiresAt,
    integration_identifier: null,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: input.locale,
    managed_payments: null,
    metadata: input.metadata,
    mode: "payment",
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: "if_required",
    payment_method_configuration_details: null,
    payment_method_options: paymentMethodOptions(input),
    payment_method_types: [...input.paymentMethodTypes],
    payment_status: "unpaid",
    permissions: null,
    phone_number_collection: { enabled: false },
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: "open",
    submit_type: null,
    subscription: null,
    success_url: input.successUrl,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted_page",
    url: checkoutPageUrl(baseUrl, id),
    wallet_options: null,
  };
  return {
    session,
    lineItems: input.lines.map((line) => lineItem(line, input.currency, now)),
    paymentIntentData: input.paymentIntentData,
    attemptPaymentIntent: null,
  };
}

function paymentMethodOptions(input: SessionInput): Stripe.Checkout.Session.PaymentMethodOptions {
  const options: Stripe.Checkout.Session.PaymentMethodOptions = {};
  if (input.paymentMethodTypes.includes("wechat_pay")) {
    options.wechat_pay = { app_id: null, client: input.wechatClient };
  }
  return options;
}

/** A line as `listLineItems` shows it, with the ad-hoc price and product Checkout makes from `price_data`. */
function lineItem(line: LineInput, currency: string, now: number): Stripe.LineItem {
  const amount = line.unitAmount * line.quantity;
  const price = {
    id: newId("price_"),
    object: "price",
    active: false,
    billing_scheme: "per_unit",
    created: now,
    currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: null,
    product: newId("prod_", 14),
    recurring: null,
    tax_behavior: "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: "one_time",
    unit_amount: line.unitAmount,
    unit_amount_decimal: String(line.unitAmount),
  } as unknown as Stripe.Price;
  return {
    id: newId("li_"),
    object: "item",
    adjustable_quantity: null,
    amount_discount: 0,
    amount_subtotal: amount,
    amount_tax: 0,
    amount_total: amount,
    currency,
    description: line.name,
    metadata: {},
    price,
    quantity: line.quantity,
  };
}
