import type Stripe from "stripe";
import type { DeliveryAttempt, DeliveryResult, DeliverySettings } from "./delivery";

export type ControlPaymentMethod = "card" | "alipay" | "wechat_pay";

export interface ControlPayment {
  session: Stripe.Checkout.Session;
  payment_intent: Stripe.PaymentIntent;
  charge: Stripe.Charge | null;
}

/** `GET /_control/state`: every stored object by collection and id. */
export interface LocalStripeState {
  now: number;
  webhookUrl: string | null;
  delivery: DeliverySettings;
  heldEvents: number;
  checkout_sessions: Record<string, Stripe.Checkout.Session>;
  payment_intents: Record<string, Stripe.PaymentIntent>;
  charges: Record<string, Stripe.Charge>;
  refunds: Record<string, Stripe.Refund>;
  accounts: Record<string, Stripe.Account>;
  transfers: Record<string, Stripe.Transfer>;
  transfer_reversals: Record<string, Stripe.TransferReversal>;
}

/** A typed client for `/_control/*`, for tests of the app as much as of this server. */
export class LocalStripeControl {
  constructor(readonly baseUrl: string) {}

  async call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/_control${path}`, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as T & { error?: { message: string } };
    if (!response.ok)
      throw new Error(`${method} /_control${path}: ${response.status} ${json.error?.message ?? ""}`);
    return json;
  }

  pay(
    sessionId: string,
    method: ControlPaymentMethod = "card",
    outcome?: "succeeded" | "failed" | "processing",
  ) {
    return this.call<ControlPayment>("POST", `/checkout/${sessionId}/pay`, { method, outcome });
  }

  settleAsync(sessionId: string, outcome: "succeeded" | "failed") {
    return this.call<ControlPayment>("POST", `/checkout/${sessionId}/async`, { outcome });
  }

  onboard(accountId: string) {
    return this.call<Stripe.Account>("POST", `/accounts/${accountId}/onboard`);
  }

  async now(): Promise<number> {
    return (await this.call<{ now: number }>("GET", "/clock")).now;
  }

  async advanceClock(seconds: number): Promise<number> {
    return (await this.call<{ now: number }>("POST", "/clock", { advanceSeconds: seconds })).now;
  }

  setWebhook(url: string | null, secret?: string) {
    return this.call<{ url: string | null }>("POST", "/webhook", { url, secret });
  }

  delivery(settings: Partial<DeliverySettings>) {
    return this.call<DeliverySettings>("POST", "/delivery", settings);
  }

  release(order: "fifo" | "reverse" = "fifo", types?: string[]) {
    return this.call<DeliveryResult[]>("POST", "/release", { order, types });
  }

  redeliver(eventId: string) {
    return this.call<DeliveryResult>("POST", "/redeliver", { eventId });
  }

  /** Every event so far, oldest first. */
  events() {
    return this.call<Stripe.Event[]>("GET", "/events");
  }

  deliveries() {
    return this.call<DeliveryAttempt[]>("GET", "/deliveries");
  }

  dropResponses(count: number, path?: string) {
    return this.call<unknown>("POST", "/drop-responses", { count, path });
  }

  failRequests(count: number, path?: string, status?: number) {
    return this.call<unknown>("POST", "/fail-requests", { count, path, status });
  }

  reset() {
    return this.call<{ ok: true }>("POST", "/reset");
  }

  state() {
    return this.call<LocalStripeState>("GET", "/state");
  }
}
