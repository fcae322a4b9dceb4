import type Stripe from "stripe";
import { type ApiError, invalidRequest } from "../errors";
import type { FormParams } from "../form";

export const PAYMENT_METHODS = ["card", "alipay", "wechat_pay"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

const WECHAT_CLIENTS = ["web", "ios", "android"] as const;

/** Checkout's limits: 30 minutes to 24 hours of life, at most 100 lines in payment mode. */
const MIN_LIFETIME_SECONDS = 30 * 60;
const MAX_LIFETIME_SECONDS = 24 * 60 * 60;
const MAX_LINE_ITEMS = 100;
/** Stripe's ceiling for one payment: eight digits of the smallest unit (¥999,999.99). */
export const MAX_AMOUNT = 99_999_999;

export interface LineInput {
  name: string;
  description: string | null;
  images: string[];
  productMetadata: Stripe.Metadata;
  unitAmount: number;
  quantity: number;
}

export interface SessionInput {
  currency: string;
  paymentMethodTypes: PaymentMethod[];
  /** The `allowed_payment_method_types` filter as given, echoed on the session. */
  allowedPaymentMethodTypes: PaymentMethod[] | null;
  wechatClient: Stripe.Checkout.Session.PaymentMethodOptions.WechatPay.Client | null;
  lines: LineInput[];
  amountTotal: number;
  clientReferenceId: string | null;
  metadata: Stripe.Metadata;
  paymentIntentData: { description: string | null; metadata: Stripe.Metadata; transferGroup: string | null };
  successUrl: string | null;
  cancelUrl: string | null;
  expiresAt: number;
  customerEmail: string | null;
  locale: string | null;
}

const SESSION_PARAMS = [
  "mode",
  "ui_mode",
  "currency",
  "allowed_payment_method_types",
  "payment_method_types",
  "payment_method_options",
  "line_items",
  "client_reference_id",
  "metadata",
  "payment_intent_data",
  "success_url",
  "cancel_url",
  "expires_at",
  "customer_email",
  "locale",
  "expand",
];

/** Reads and checks `POST /v1/checkout/sessions` as Stripe would for a one-off `price_data` payment. */
export function parseSessionParams(params: FormParams, now: number): SessionInput {
  params.rejectUnknown(SESSION_PARAMS);
  const mode = params.string("mode") ?? "payment";
  if (mode !== "payment") {
    throw invalidRequest("stripe-local supports only mode=payment.", { param: "mode" });
  }
  params.choice("ui_mode", ["hosted_page"]);
  const { types: paymentMethodTypes, allowed } = readPaymentMethodTypes(params);
  const wechatClient = readWechatClient(params, paymentMethodTypes);
  const currency = readCurrency(params, "currency");
  const lines = readLines(params, currency);
  const sessionCurrency = currency ?? lines.currency;
  const amountTotal = lines.items.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0);

  const paymentIntentData = params.object("payment_intent_data");
  paymentIntentData?.rejectUnknown(["description", "metadata", "transfer_group"]);

  return {
    currency: sessionCurrency,
    paymentMethodTypes,
    allowedPaymentMethodTypes: allowed,
    wechatClient,
    lines: lines.items,
    amountTotal,
    clientReferenceId: params.string("client_reference_id", { maxLength: 200 }) ?? null,
    metadata: params.metadata(),
    paymentIntentData: {
      description: paymentIntentData?.string("description", { maxLength: 1000 }) ?? null,
      metadata: paymentIntentData?.metadata() ?? {},
      transferGroup: paymentIntentData?.string("transfer_group", { maxLength: 500 }) ?? null,
    },
    successUrl: params.url("success_url") ?? null,
    cancelUrl: params.url("cancel_url") ?? null,
    expiresAt: readExpiresAt(params, now),
    customerEmail: params.email("customer_email") ?? null,
    locale: params.string("locale", { maxLength: 10 }) ?? null,
  };
}

/**
 * The SDK's API version (2026-10-28.endive) names the methods in `allowed_payment_method_types`; the older
 * `payment_method_types` is read too, for callers that still send it. Without either, the card.
 */
function readPaymentMethodTypes(params: FormParams): {
  types: PaymentMethod[];
  allowed: PaymentMethod[] | null;
} {
  if (params.has("allowed_payment_method_types") && params.has("payment_method_types")) {
    throw invalidRequest("Pass allowed_payment_method_types or payment_method_types, not both.", {
      param: "payment_method_types",
    });
  }
  const key = params.has("payment_method_types") ? "payment_method_types" : "allowed_payment_method_types";
  const names = params.strings(key);
  if (!names) return { types: ["card"], allowed: null };
  const types = names.map((type, index) => {
    const method = PAYMENT_METHODS.find((known) => known === type);
    if (!method) {
      throw invalidRequest(`Invalid ${key}[${index}]: stripe-local supports ${PAYMENT_METHODS.join(", ")}`, {
        param: `${key}[${index}]`,
      });
    }
    return method;
  });
  const unique = [...new Set(types)];
  return { types: unique, allowed: key === "allowed_payment_method_types" ? unique : null };
}

/** WeChat Pay in Checkout needs to know where the QR code or app switch happens. */
function readWechatClient(params: FormParams, types: readonly PaymentMethod[]): SessionInput["wechatClient"] {
  const options = params.object("payment_method_options");
  options?.rejectUnknown(["card", "alipay", "wechat_pay"]);
  const wechat = options?.object("wechat_pay");
  wechat?.rejectUnknown(["client", "app_id"]);
  const client = wechat?.choice("client", WECHAT_CLIENTS) ?? null;
  if (types.includes("wechat_pay") && client === null) {
    throw invalidRequest(
      "payment_method_options[wechat_pay][client] is required when the session accepts wechat_pay.",
      { param: "payment_method_options[wechat_pay][client]" },
    );
  }
  return client;
}

function readCurrency(params: FormParams, key: string): string | undefined {
  const text = params.string(key);
  if (text === undefined) return undefined;
  const currency = text.toLowerCase();
  if (!/^[a-z]{3}$/.test(currency)) {
    throw invalidRequest(`Invalid currency: ${text}. Use a three-letter ISO code.`, {
      param: params.name(key),
    });
  }
  return currency;
}

function readLines(params: FormParams, sessionCurrency: string | undefined) {
  const list = params.list("line_items");
  if (!list || list.length === 0) {
    throw invalidRequest("Missing required param: line_items.", { param: "line_items" });
  }
  if (list.length > MAX_LINE_ITEMS) {
    throw invalidRequest(`A payment-mode session can have at most ${MAX_LINE_ITEMS} line items.`, {
      param: "line_items",
    });
  }
  let currency = sessionCurrency;
  let total = 0;
  const items = list.map((line) => {
    line.rejectUnknown(["price", "price_data", "quantity", "metadata"]);
    if (line.has("price")) {
      throw invalidRequest("stripe-local supports only line items with price_data, not price ids.", {
        param: line.name("price"),
      });
    }
    const priceData = line.object("price_data");
    if (!priceData) throw invalidRequest(`Missing required param: ${line.name("price_data")}.`);
    priceData.rejectUnknown(["currency", "unit_amount", "product_data", "tax_behavior"]);
    const lineCurrency = readCurrency(priceData, "currency");
    if (!lineCurrency) throw invalidRequest(`Missing required param: ${priceData.name("currency")}.`);
    if (currency !== undefined && lineCurrency !== currency) {
      throw invalidRequest("All line items and the session must use the same currency.", {
        param: priceData.name("currency"),
      });
    }
    currency = lineCurrency;
    const product = priceData.object("product_data");
    if (!product) throw invalidRequest(`Missing required param: ${priceData.name("product_data")}.`);
    product.rejectUnknown(["name", "description", "images", "metadata"]);
    const item: LineInput = {
      name: product.requiredString("name", { maxLength: 250 }),
      description: product.string("description", { maxLength: 500 }) ?? null,
      images: product.strings("images") ?? [],
      productMetadata: product.metadata(),
      unitAmount: priceData.requiredInteger("unit_amount", { min: 0, max: MAX_AMOUNT }),
      quantity: line.requiredInteger("quantity", { min: 1, max: MAX_AMOUNT }),
    };
    total += item.unitAmount * item.quantity;
    if (total > MAX_AMOUNT) throw amountTooLarge();
    return item;
  });
  return { items, currency: currency ?? "cny" };
}

function amountTooLarge(): ApiError {
  return invalidRequest(`The total must be no more than ${MAX_AMOUNT} in the currency's smallest unit.`, {
    code: "amount_too_large",
    param: "line_items",
  });
}

function readExpiresAt(params: FormParams, now: number): number {
  const expiresAt = params.integer("expires_at");
  if (expiresAt === undefined) return now + MAX_LIFETIME_SECONDS;
  if (expiresAt < now + MIN_LIFETIME_SECONDS) {
    throw invalidRequest(
      "The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.",
      { param: "expires_at" },
    );
  }
  if (expiresAt > now + MAX_LIFETIME_SECONDS) {
    throw invalidRequest(
      "The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.",
      { param: "expires_at" },
    );
  }
  return expiresAt;
}
