import "server-only";
import type Stripe from "stripe";
import type { CheckoutState, OpenCheckoutInput } from "../types";
import { stripe } from "./client";

const EXPANDED = ["payment_intent.latest_charge"];

/** A Checkout Session in payment mode, every line priced on the server from the order's own rows. */
export async function openStripeCheckout(input: OpenCheckoutInput) {
  const currency = input.currency.toLowerCase();
  const metadata = { orderId: input.orderId, paymentId: input.paymentId };
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      currency,
      allowed_payment_method_types: ["card", "alipay", "wechat_pay"],
      payment_method_options: { wechat_pay: { client: "web" } },
      line_items: input.lines.map((line) => ({
        price_data: { currency, unit_amount: line.unitFen, product_data: { name: line.name } },
        quantity: line.quantity,
      })),
      client_reference_id: input.orderId,
      metadata,
      payment_intent_data: { transfer_group: input.orderNumber, metadata },
      success_url: input.successUrl,
      cancel_url: input.cancelUrl,
      expires_at: Math.floor(input.expiresAt.getTime() / 1000),
    },
    { idempotencyKey: input.idempotencyKey },
  );
  if (!session.url) throw new Error(`Stripe gave checkout session ${session.id} no URL`);
  return { ref: session.id, url: session.url };
}

export async function fetchStripeCheckout(ref: string): Promise<CheckoutState> {
  return checkoutState(await stripe.checkout.sessions.retrieve(ref, { expand: EXPANDED }));
}

export async function expireStripeCheckout(ref: string): Promise<CheckoutState> {
  const current = await fetchStripeCheckout(ref);
  if (current.status !== "open") return current;
  try {
    await stripe.checkout.sessions.expire(ref);
  } catch (error) {
    // Paid in the moment between the two calls: the state below says so.
    if (!(error instanceof Error && "type" in error && error.type === "StripeInvalidRequestError"))
      throw error;
  }
  return fetchStripeCheckout(ref);
}

function checkoutState(session: Stripe.Checkout.Session): CheckoutState {
  const intent = typeof session.payment_intent === "object" ? session.payment_intent : null;
  const charge = intent && typeof intent.latest_charge === "object" ? intent.latest_charge : null;
  return {
    ref: session.id,
    status: sessionStatus(session, intent),
    amountFen: session.amount_total,
    currency: session.currency ?? "",
    intentRef: intent?.id ?? (typeof session.payment_intent === "string" ? session.payment_intent : null),
    chargeRef: charge?.id ?? (typeof intent?.latest_charge === "string" ? intent.latest_charge : null),
    paymentId: session.metadata?.paymentId ?? null,
  };
}

function sessionStatus(session: Stripe.Checkout.Session, intent: Stripe.PaymentIntent | null) {
  if (session.status === "expired") return "expired" as const;
  if (session.status === "open") return "open" as const;
  if (session.payment_status === "paid") return "paid" as const;
  // Complete but unpaid: an asynchronous method (a delayed Alipay) still working, or failed.
  if (intent && (intent.status === "processing" || intent.status === "requires_action"))
    return "processing" as const;
  return "failed" as const;
}
