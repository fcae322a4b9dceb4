import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LocalStripeControl } from "@/scripts/stripe-local/client";
import { type LocalStripe, startLocalStripe } from "@/scripts/stripe-local/server";
import { startWebhookReceiver, type WebhookReceiver } from "@/scripts/stripe-local/webhook-receiver";

process.env.STRIPE_SUPPRESS_NOTICES = "true";

const SECRET = "whsec_stripe_local_test";
const PAID_EVENTS = ["payment_intent.succeeded", "charge.succeeded", "checkout.session.completed"];

let server: LocalStripe;
let stripe: Stripe;
let control: LocalStripeControl;
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  server = await startLocalStripe({ port: 0, quiet: true, webhookUrl: receiver.url, webhookSecret: SECRET });
  stripe = new Stripe("sk_test_stripe_local", {
    host: "127.0.0.1",
    port: server.port,
    protocol: "http",
    maxNetworkRetries: 2,
  });
  control = new LocalStripeControl(server.url);
});

afterAll(async () => {
  await server.stop();
  await receiver.stop();
});

beforeEach(async () => {
  await control.reset();
  receiver.clear();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function paidSession() {
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    allowed_payment_method_types: ["card"],
    line_items: [
      { quantity: 2, price_data: { currency: "cny", unit_amount: 6400, product_data: { name: "茶" } } },
    ],
    success_url: "http://localhost:3000/ok",
  });
  await control.pay(session.id);
  return session;
}

function verify(body: string, signature: string): Stripe.Event {
  return stripe.webhooks.constructEvent(body, signature, SECRET, 300);
}

describe("webhook delivery", () => {
  it("posts each event signed like Stripe, outside the API request", async () => {
    const session = await paidSession();
    const received = await receiver.waitFor(3);
    const events = received.map((delivery) => verify(delivery.body, delivery.signature));
    expect(events.map((event) => event.type).sort()).toEqual([...PAID_EVENTS].sort());
    const completed = events.find((event) => event.type === "checkout.session.completed");
    expect(completed).toMatchObject({
      object: "event",
      api_version: "2026-10-28.endive",
      livemode: false,
      pending_webhooks: 1,
      data: { object: { id: session.id, status: "complete", payment_status: "paid" } },
    });
    expect(completed?.id).toMatch(/^evt_/);
    // The exact body is signed: any change fails verification.
    const first = received[0];
    expect(first).toBeDefined();
    if (!first) return;
    expect(() => verify(first.body.replace("}", ', "x": 1}'), first.signature)).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
    expect(() => stripe.webhooks.constructEvent(first.body, first.signature, "whsec_other", 300)).toThrow();
    expect(first.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const timestamp = Number(/^t=(\d+)/.exec(first.signature)?.[1]);
    expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(10);
  });

  it("keeps the object as it was at each moment in its event", async () => {
    const session = await paidSession();
    const paid = await stripe.checkout.sessions.retrieve(session.id);
    const refund = await stripe.refunds.create({ payment_intent: paid.payment_intent as string });
    const events = await control.events();
    const succeeded = events.find((event) => event.type === "charge.succeeded");
    const refunded = events.find((event) => event.type === "charge.refunded");
    expect(succeeded?.data.object).toMatchObject({ amount_refunded: 0, refunded: false });
    expect(refunded?.data.object).toMatchObject({ amount_refunded: 12800, refunded: true });
    expect(refunded?.data.previous_attributes).toEqual({ amount_refunded: 0, refunded: false });
    const refundCreated = events.find((event) => event.type === "refund.created");
    expect(refundCreated?.request?.id).toMatch(/^req_/);
    expect(refundCreated?.request?.idempotency_key).toMatch(/^stripe-node-retry-/);
    expect(refundCreated?.data.object).toMatchObject({ id: refund.id });
    // Events from the hosted page or the controls carry no API request, like dashboard actions.
    expect(succeeded?.request).toEqual({ id: null, idempotency_key: null });
  });

  it("sends each delivery several times at once with duplicates", async () => {
    await control.delivery({ mode: "immediate", duplicates: 5 });
    await paidSession();
    const received = await receiver.waitFor(15);
    await sleep(200);
    expect(receiver.received).toHaveLength(15);
    const byEvent = new Map<string, string[]>();
    for (const delivery of received) {
      const event = verify(delivery.body, delivery.signature);
      byEvent.set(event.id, [...(byEvent.get(event.id) ?? []), delivery.body]);
    }
    expect(byEvent.size).toBe(3);
    for (const bodies of byEvent.values()) {
      expect(bodies).toHaveLength(5);
      expect(new Set(bodies).size).toBe(1);
    }
  });

  it("holds events until released, in reverse or by type", async () => {
    await control.delivery({ mode: "hold" });
    await paidSession();
    await sleep(300);
    expect(receiver.received).toHaveLength(0);
    const created = (await control.events()).map((event) => event.id);
    expect(created).toHaveLength(3);
    expect((await control.state()).heldEvents).toBe(3);

    const onlyCompleted = await control.release("fifo", ["checkout.session.completed"]);
    expect(onlyCompleted.map((result) => result.type)).toEqual(["checkout.session.completed"]);
    const rest = await control.release("reverse");
    expect(rest.map((result) => result.status)).toEqual([200, 200]);
    const order = receiver.received.map((delivery) => verify(delivery.body, delivery.signature).id);
    expect(order).toEqual([created[2], created[1], created[0]]);
    expect(await control.release()).toEqual([]);
  });

  it("drops deliveries but keeps the events, which can be sent again", async () => {
    await control.delivery({ mode: "drop" });
    await paidSession();
    await sleep(300);
    expect(receiver.received).toHaveLength(0);
    const events = await control.events();
    expect(events.map((event) => event.type)).toEqual(PAID_EVENTS);
    const completed = events.at(-1);
    expect(completed && (await stripe.events.retrieve(completed.id)).type).toBe("checkout.session.completed");

    const result = await control.redeliver(completed?.id ?? "");
    expect(result).toMatchObject({ id: completed?.id, status: 200 });
    const [delivery] = receiver.received;
    expect(delivery && verify(delivery.body, delivery.signature).id).toBe(completed?.id);
  });

  it("retries with backoff when the receiver fails", async () => {
    receiver.answerNext(500, 503);
    const account = await stripe.accounts.create({
      type: "express",
      country: "HK",
      capabilities: { transfers: { requested: true } },
    });
    await control.onboard(account.id);
    const received = await receiver.waitFor(3, 4000);
    expect(received.map((delivery) => delivery.status)).toEqual([500, 503, 200]);
    const events = received.map((delivery) => verify(delivery.body, delivery.signature));
    expect(new Set(events.map((event) => event.id)).size).toBe(1);
    expect(events[0]).toMatchObject({ type: "account.updated", account: account.id });
    const attempts = (await control.deliveries()).map((attempt) => attempt.status);
    expect(attempts).toEqual([500, 503, 200]);
  });

  it("emits checkout.session.expired when the clock passes expires_at", async () => {
    const now = await control.now();
    const session = await stripe.checkout.sessions.create({
      mode: "payment",
      expires_at: now + 3600,
      line_items: [
        { quantity: 1, price_data: { currency: "cny", unit_amount: 100, product_data: { name: "x" } } },
      ],
    });
    await control.advanceClock(3599);
    await sleep(100);
    expect(receiver.received).toHaveLength(0);
    await control.advanceClock(1);
    const [delivery] = await receiver.waitFor(1);
    const event = delivery && verify(delivery.body, delivery.signature);
    expect(event).toMatchObject({ type: "checkout.session.expired", created: now + 3600 });
    expect(event?.data.object).toMatchObject({ id: session.id });
    expect(event?.request).toEqual({ id: null, idempotency_key: null });
  });

  it("delays deliveries and stops sending when the webhook is unset", async () => {
    await control.delivery({ mode: "immediate", delayMs: 300 });
    await paidSession();
    await sleep(150);
    expect(receiver.received).toHaveLength(0);
    await receiver.waitFor(3);

    receiver.clear();
    await control.setWebhook(null);
    try {
      await paidSession();
      await sleep(200);
      expect(receiver.received).toHaveLength(0);
      const pending = (await control.events()).at(-1);
      expect(pending?.pending_webhooks).toBe(0);
    } finally {
      await control.setWebhook(receiver.url, SECRET);
    }
  });
});
