// Paying through the real Stripe SDK against the local Stripe-compatible server: webhooks, the
// return page, and the faults a network and a provider produce.
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { checkoutUrlFor, payOrder, settleOnReturn } from "@/lib/payments/checkout-session";
import { receiveWebhook } from "@/lib/payments/webhook";
import { createUser } from "../support/factories";
import { createBuyer, createListedProduct, placeTestOrder, stockOf } from "../support/store-factories";
import { control, eventually, payAtProvider, sessionOf, startWebhookReceiver } from "../support/stripe-local";

const secret = () => process.env.STRIPE_WEBHOOK_SECRET ?? "";

async function unpaidOrder(priceFen = 12_800) {
  const buyer = await createBuyer();
  const first = await createListedProduct({ priceFen, stock: 5 });
  const second = await createListedProduct({ priceFen: 3_000, stock: 5 });
  const orderId = await placeTestOrder(buyer.id, [
    { productId: first.product.id, quantity: 1 },
    { productId: second.product.id, quantity: 2 },
  ]);
  const { payment, sessionRef } = await sessionOf(orderId);
  return { buyer, orderId, payment, sessionRef, products: [first.product, second.product] };
}

function orderState(orderId: string) {
  return db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      status: true,
      paidAt: true,
      cancelReason: true,
      shopOrders: { select: { status: true, payout: { select: { amountFen: true } } } },
      payments: { select: { status: true, flag: true, refundRef: true, chargeRef: true } },
    },
  });
}

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(() => receiver.stop());
beforeEach(async () => {
  await control("/delivery", { mode: "immediate" });
});

function deliveredFor(sessionRef: string, type: string) {
  return receiver.delivered.filter((d) => d.type === type && d.body.includes(sessionRef));
}

describe("the webhook refuses anything Stripe did not sign", () => {
  it("unsigned, badly signed, re-serialised and 6-minute-old events get 400 and change nothing", async () => {
    const { orderId, sessionRef } = await unpaidOrder();
    await control("/delivery", { mode: "hold" });
    await payAtProvider(sessionRef);
    const events = await control<{ id: string; type: string }[]>("/events");
    const completed = events.filter((e) => e.type === "checkout.session.completed").at(-1);
    expect(completed).toBeDefined();
    const body = JSON.stringify(completed);
    const now = Math.floor(Date.now() / 1000);
    const sign = (payload: string, timestamp = now, key = secret()) =>
      Stripe.webhooks.generateTestHeaderString({ payload, secret: key, timestamp });
    const reserialised = JSON.stringify(JSON.parse(body), null, 2);

    const answers = await Promise.all([
      receiveWebhook(body, null),
      receiveWebhook(body, "t=1,v1=deadbeef"),
      receiveWebhook(body, sign(body, now, "whsec_someone_else")),
      receiveWebhook(reserialised, sign(body)),
      receiveWebhook(body, sign(body, now - 6 * 60)),
    ]);
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400, 400]);
    expect((await orderState(orderId)).status).toBe("PENDING_PAYMENT");
    expect(await db.paymentEvent.count({ where: { providerEventId: completed?.id } })).toBe(0);

    // The genuine one, signed now, is accepted.
    expect((await receiveWebhook(body, sign(body))).status).toBe(200);
    expect((await orderState(orderId)).status).toBe("PAID");
  });
});

describe("an order is paid once, whatever the deliveries do", () => {
  it("the same event delivered 5 times at once: one paid order, one event row, one payout per parcel", async () => {
    const { orderId, sessionRef } = await unpaidOrder();
    await control("/delivery", { mode: "immediate", duplicates: 5 });
    await payAtProvider(sessionRef);
    const deliveries = await eventually(async () => {
      const got = deliveredFor(sessionRef, "checkout.session.completed");
      expect(got.length).toBe(5);
      return got;
    });
    expect(deliveries.every((d) => d.status === 200)).toBe(true);
    const state = await orderState(orderId);
    expect(state.status).toBe("PAID");
    expect(state.payments.filter((p) => p.status === "SUCCEEDED")).toHaveLength(1);
    expect(state.shopOrders.every((so) => so.payout !== null)).toBe(true);
    const eventId = deliveries[0]?.id ?? "";
    expect(await db.paymentEvent.count({ where: { providerEventId: eventId } })).toBe(1);
  });

  it("the webhook dropped: the return page alone fulfils; delivered later, nothing doubles", async () => {
    const { buyer, orderId, sessionRef } = await unpaidOrder();
    await control("/delivery", { mode: "hold" });
    await payAtProvider(sessionRef, "alipay");
    expect(await settleOnReturn(buyer.id, orderId)).toBe("paid");
    expect((await orderState(orderId)).status).toBe("PAID");

    await control("/release", { order: "fifo" });
    await eventually(async () =>
      expect(deliveredFor(sessionRef, "checkout.session.completed")).toHaveLength(1),
    );
    expect(await settleOnReturn(buyer.id, orderId)).toBe("unchanged");
    const state = await orderState(orderId);
    expect(state.payments.filter((p) => p.status === "SUCCEEDED")).toHaveLength(1);
    expect(await db.payout.count({ where: { shopOrder: { orderId } } })).toBe(2);
  });

  it("the return page refuses another buyer's order and trusts nothing in the URL", async () => {
    const { orderId, sessionRef } = await unpaidOrder();
    const stranger = await createBuyer();
    await payAtProvider(sessionRef);
    expect(await settleOnReturn(stranger.id, orderId)).toBe("unknown");
  });

  it("expired delivered before completed for a paid session: paid, stock still reserved", async () => {
    const { buyer, orderId, sessionRef, products } = await unpaidOrder();
    await control("/delivery", { mode: "hold" });
    await payAtProvider(sessionRef, "wechat_pay");
    await control("/release", { order: "reverse" });
    await eventually(async () => expect((await orderState(orderId)).status).toBe("PAID"));
    expect(await stockOf(products[0]?.id ?? "")).toBe(4);
    expect(await settleOnReturn(buyer.id, orderId)).toBe("unchanged");
  });

  it("an asynchronous payment: processing first, paid when the provider says it succeeded", async () => {
    const { buyer, orderId, sessionRef } = await unpaidOrder();
    await payAtProvider(sessionRef, "alipay", "processing");
    expect(await settleOnReturn(buyer.id, orderId)).toBe("waiting");
    expect((await orderState(orderId)).status).toBe("PENDING_PAYMENT");
    await control(`/checkout/${sessionRef}/async`, { outcome: "succeeded" });
    await eventually(async () => expect((await orderState(orderId)).status).toBe("PAID"));
  });

  it("an asynchronous payment that fails leaves the order payable by a new attempt", async () => {
    const { buyer, orderId, sessionRef } = await unpaidOrder();
    await payAtProvider(sessionRef, "alipay", "processing");
    await control(`/checkout/${sessionRef}/async`, { outcome: "failed" });
    await eventually(async () => expect((await orderState(orderId)).payments[0]?.status).toBe("FAILED"));
    const again = await payOrder(buyer.id, { orderId });
    expect(again.ok).toBe(true);
    const second = await sessionOf(orderId);
    expect(second.payment.attempt).toBe(2);
    expect(second.sessionRef).not.toBe(sessionRef);
    await payAtProvider(second.sessionRef);
    // The webhook may settle it first: either way it is paid once, by the second attempt.
    expect(["paid", "unchanged"]).toContain(await settleOnReturn(buyer.id, orderId));
    const state = await orderState(orderId);
    expect(state.status).toBe("PAID");
    expect(state.payments.map((p) => p.status).sort()).toEqual(["FAILED", "SUCCEEDED"]);
  });
});

describe("opening the checkout", () => {
  it("10 concurrent opens with the answers lost: one session, one charge", async () => {
    const buyer = await createBuyer();
    const { product } = await createListedProduct({ priceFen: 5_000, stock: 3 });
    const orderId = await placeTestOrder(buyer.id, [{ productId: product.id, quantity: 1 }]);
    // Forget the session the checkout opened, as if its answer never came back.
    const payment = await db.payment.findFirstOrThrow({ where: { orderId } });
    const firstRef = payment.providerRef;
    await db.payment.update({ where: { id: payment.id }, data: { providerRef: null, checkoutUrl: null } });
    await control("/drop-responses", { count: 10, path: "/v1/checkout/sessions" });

    const urls = await Promise.all(Array.from({ length: 10 }, () => checkoutUrlFor(payment.id)));
    expect(new Set(urls).size).toBe(1);
    const stored = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(stored.providerRef).toBe(firstRef);
    // The buyer's return settles it here (the webhook is held, so it cannot race the return).
    await control("/delivery", { mode: "hold" });
    await payAtProvider(firstRef ?? "");
    expect(await settleOnReturn(buyer.id, orderId)).toBe("paid");
    const state = (await control<{ charges: Record<string, unknown> }>("/state")).charges;
    const charges = Object.values(state).filter((c) => JSON.stringify(c).includes(orderId));
    expect(charges).toHaveLength(1);
  });

  it("two tabs paying an order with no open payment: one new attempt, never two", async () => {
    const { buyer, orderId } = await unpaidOrder();
    await db.payment.updateMany({ where: { orderId }, data: { status: "FAILED" } });
    const results = await Promise.all([payOrder(buyer.id, { orderId }), payOrder(buyer.id, { orderId })]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.payment.count({ where: { orderId, status: "PENDING" } })).toBe(1);
  });

  it("the database refuses a second open payment for one order", async () => {
    const { orderId } = await unpaidOrder();
    await expect(
      db.payment.create({ data: { orderId, attempt: 9, provider: "stripe", amountFen: 1 } }),
    ).rejects.toThrow();
  });

  it("only the order's buyer can pay it", async () => {
    const { orderId } = await unpaidOrder();
    const stranger = await createBuyer();
    expect(await payOrder(stranger.id, { orderId })).toEqual({ ok: false, error: "not_found" });
    for (const role of ["SELLER", "ADMIN"] as const) {
      const user = await createUser(role);
      expect(await payOrder(user.id, { orderId })).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(await payOrder(null, { orderId })).toMatchObject({ ok: false, error: "not_signed_in" });
    for (const input of [{}, { orderId: "" }, { orderId: "x".repeat(41) }, null]) {
      expect(await payOrder(orderId, input)).toMatchObject({ ok: false });
    }
  });
});

describe("money the order cannot take goes back", () => {
  it("a paid amount that differs from the total is never marked paid: flagged and refunded", async () => {
    const { buyer, orderId, payment, sessionRef } = await unpaidOrder();
    // As if the order's total had been changed after the session was opened.
    await db.payment.update({ where: { id: payment.id }, data: { amountFen: payment.amountFen + 1 } });
    await control("/delivery", { mode: "hold" });
    await payAtProvider(sessionRef);
    expect(await settleOnReturn(buyer.id, orderId)).toBe("returned");
    const state = await orderState(orderId);
    expect(state.status).toBe("PENDING_PAYMENT");
    expect(state.payments[0]).toMatchObject({ status: "REFUNDED", flag: "amount_mismatch" });
  });

  it("money arriving for a cancelled order is refunded automatically", async () => {
    const { buyer, orderId, sessionRef } = await unpaidOrder();
    // Cancelled here while the provider still had the session open (a lost expire call).
    await db.order.update({ where: { id: orderId }, data: { status: "CANCELLED", cancelReason: "EXPIRED" } });
    await payAtProvider(sessionRef);
    expect(["returned", "unchanged"]).toContain(await settleOnReturn(buyer.id, orderId));
    const state = await orderState(orderId);
    expect(state.status).toBe("CANCELLED");
    expect(state.payments[0]).toMatchObject({ status: "REFUNDED", flag: "late_payment" });
  });
});

describe("the price is the price at checkout", () => {
  it("a seller's price edit while the buyer is on the payment page changes nothing for that order", async () => {
    const { buyer, orderId, sessionRef, products, payment } = await unpaidOrder();
    await db.product.update({ where: { id: products[0]?.id }, data: { priceFen: 99_900 } });
    await control("/delivery", { mode: "hold" });
    await payAtProvider(sessionRef);
    expect(await settleOnReturn(buyer.id, orderId)).toBe("paid");
    const paid = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(paid.receivedFen).toBe(12_800 + 2 * 3_000);
  });
});
