import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { cancelOrder } from "@/lib/orders/cancel";
import { payWithDemo } from "@/lib/payments/demo-pay";
import { demoProvider, demoSucceededEvent } from "@/lib/payments/demo-provider";
import { processPaymentEvent } from "@/lib/payments/process-event";
import { PAYMENT_FAILED, PAYMENT_SUCCEEDED } from "@/lib/payments/types";
import { createUser } from "../support/factories";
import { createBuyer, createListedProduct, placeTestOrder } from "../support/store-factories";

async function unpaidOrder(priceFen = 12_800) {
  const buyer = await createBuyer();
  const first = await createListedProduct({ priceFen, stock: 5 });
  const second = await createListedProduct({ priceFen: 3_000, stock: 5 });
  const orderId = await placeTestOrder(buyer.id, [
    { productId: first.product.id, quantity: 1 },
    { productId: second.product.id, quantity: 2 },
  ]);
  const payment = await db.payment.findFirstOrThrow({ where: { orderId } });
  return { buyer, orderId, payment };
}

function succeeded(payment: { providerRef: string; amountFen: number }, eventId: string) {
  return {
    provider: "demo",
    eventId,
    type: PAYMENT_SUCCEEDED,
    providerRef: payment.providerRef,
    amountFen: payment.amountFen,
  };
}

async function orderState(orderId: string) {
  return db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      status: true,
      paidAt: true,
      shopOrders: { select: { status: true, paidAt: true } },
      payments: { select: { status: true, events: { select: { providerEventId: true } } } },
    },
  });
}

describe("processPaymentEvent", () => {
  it("marks the order and every parcel paid", async () => {
    const { orderId, payment } = await unpaidOrder();
    const result = await processPaymentEvent(succeeded(payment, "evt-1"));
    expect(result).toEqual({ ok: true, data: { outcome: "paid" } });
    const state = await orderState(orderId);
    expect(state.status).toBe("PAID");
    expect(state.paidAt).toBeInstanceOf(Date);
    expect(state.shopOrders).toHaveLength(2);
    for (const parcel of state.shopOrders) {
      expect(parcel.status).toBe("PAID");
      expect(parcel.paidAt?.getTime()).toBe(state.paidAt?.getTime());
    }
    expect(state.payments[0]?.status).toBe("SUCCEEDED");
  });

  it("the same event delivered 5 times at once is processed once", async () => {
    const { orderId, payment } = await unpaidOrder();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => processPaymentEvent(succeeded(payment, `evt-same-${orderId}`))),
    );
    const outcomes = results.map((result) => (result.ok ? result.data.outcome : result.error)).sort();
    expect(outcomes).toEqual(["duplicate", "duplicate", "duplicate", "duplicate", "paid"]);
    expect(await db.paymentEvent.count({ where: { providerEventId: `evt-same-${orderId}` } })).toBe(1);
    const state = await orderState(orderId);
    expect(state.status).toBe("PAID");
  });

  it("a later event with another id for a paid payment changes nothing", async () => {
    const { orderId, payment } = await unpaidOrder();
    await processPaymentEvent(succeeded(payment, `evt-a-${orderId}`));
    const before = await orderState(orderId);

    const again = await processPaymentEvent(succeeded(payment, `evt-b-${orderId}`));
    const failedLater = await processPaymentEvent({
      ...succeeded(payment, `evt-c-${orderId}`),
      type: PAYMENT_FAILED,
    });

    expect(again).toEqual({ ok: true, data: { outcome: "already_settled" } });
    expect(failedLater).toEqual({ ok: true, data: { outcome: "already_settled" } });
    const after = await orderState(orderId);
    expect(after.status).toBe("PAID");
    expect(after.paidAt?.getTime()).toBe(before.paidAt?.getTime());
    expect(after.payments[0]?.status).toBe("SUCCEEDED");
  });

  it("refuses a wrong amount and records nothing", async () => {
    const { orderId, payment } = await unpaidOrder();
    for (const amountFen of [payment.amountFen - 1, payment.amountFen + 100, 0]) {
      const result = await processPaymentEvent({ ...succeeded(payment, `evt-${amountFen}`), amountFen });
      expect(result).toMatchObject({ ok: false, error: "amount_mismatch" });
    }
    const state = await orderState(orderId);
    expect(state.status).toBe("PENDING_PAYMENT");
    expect(state.shopOrders.every((parcel) => parcel.status === "PENDING_PAYMENT")).toBe(true);
    expect(state.payments[0]).toEqual({ status: "PENDING", events: [] });
  });

  it("refuses an event for a payment nobody opened, and one from another provider", async () => {
    const { orderId, payment } = await unpaidOrder();
    expect(
      await processPaymentEvent(succeeded({ ...payment, providerRef: "demo_unknown" }, "evt-x")),
    ).toMatchObject({
      ok: false,
      error: "unknown_payment",
    });
    expect(await processPaymentEvent({ ...succeeded(payment, "evt-y"), provider: "stripe" })).toMatchObject({
      ok: false,
      error: "unknown_payment",
    });
    expect((await orderState(orderId)).status).toBe("PENDING_PAYMENT");
  });

  it("money arriving for a cancelled order leaves the order cancelled", async () => {
    const { buyer, orderId, payment } = await unpaidOrder();
    expect(await cancelOrder(buyer.id, { orderId })).toEqual({ ok: true });
    const result = await processPaymentEvent(succeeded(payment, `evt-late-${orderId}`));
    expect(result).toEqual({ ok: true, data: { outcome: "order_not_payable" } });
    const state = await orderState(orderId);
    expect(state.status).toBe("CANCELLED");
    expect(state.shopOrders.every((parcel) => parcel.status === "CANCELLED")).toBe(true);
  });

  it("a failed payment leaves the order waiting for payment", async () => {
    const { orderId, payment } = await unpaidOrder();
    const result = await processPaymentEvent({
      ...succeeded(payment, `evt-f-${orderId}`),
      type: PAYMENT_FAILED,
    });
    expect(result).toEqual({ ok: true, data: { outcome: "failed" } });
    const state = await orderState(orderId);
    expect(state.status).toBe("PENDING_PAYMENT");
    expect(state.payments[0]?.status).toBe("FAILED");
  });
});

describe("demo provider", () => {
  it("parses its own events and rejects anything else", async () => {
    const event = await demoProvider.parseEvent(
      demoSucceededEvent({ providerRef: "demo_1", amountFen: 500 }),
      new Headers(),
    );
    expect(event).toMatchObject({
      provider: "demo",
      type: PAYMENT_SUCCEEDED,
      providerRef: "demo_1",
      amountFen: 500,
    });
    expect(event?.eventId).toMatch(/^demo_evt_/);
    for (const bad of ["", "not json", "{}", JSON.stringify({ id: "e", type: "refund", data: {} })]) {
      expect(await demoProvider.parseEvent(bad, new Headers())).toBeNull();
    }
  });

  it("gives each press of Pay a fresh event id", () => {
    const payment = { providerRef: "demo_1", amountFen: 1 };
    expect(JSON.parse(demoSucceededEvent(payment)).id).not.toBe(JSON.parse(demoSucceededEvent(payment)).id);
  });
});

describe("payWithDemo (the Pay button)", () => {
  it("pays the buyer's own order through the event path", async () => {
    const { buyer, orderId } = await unpaidOrder();
    const result = await payWithDemo(buyer.id, { orderId });
    expect(result).toEqual({ ok: true, data: { orderId, outcome: "paid" } });
    const state = await orderState(orderId);
    expect(state.status).toBe("PAID");
    expect(state.payments[0]?.events).toHaveLength(1);
  });

  it("pressing Pay twice at once pays once", async () => {
    const { buyer, orderId } = await unpaidOrder();
    const results = await Promise.all([
      payWithDemo(buyer.id, { orderId }),
      payWithDemo(buyer.id, { orderId }),
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
    const outcomes = results.map((result) => (result.ok ? result.data.outcome : "")).sort();
    expect(outcomes).toEqual(["already_settled", "paid"]);
    expect((await orderState(orderId)).status).toBe("PAID");
  });

  it("another buyer cannot pay someone's order, and nothing changes", async () => {
    const { orderId } = await unpaidOrder();
    const stranger = await createBuyer();
    expect(await payWithDemo(stranger.id, { orderId })).toEqual({ ok: false, error: "not_found" });
    const state = await orderState(orderId);
    expect(state.status).toBe("PENDING_PAYMENT");
    expect(state.payments[0]).toEqual({ status: "PENDING", events: [] });
  });

  it("refuses sellers, admins, signed-out visitors and bad ids", async () => {
    const { orderId } = await unpaidOrder();
    for (const role of ["SELLER", "ADMIN"] as const) {
      const user = await createUser(role);
      expect(await payWithDemo(user.id, { orderId })).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(await payWithDemo(null, { orderId })).toMatchObject({ ok: false, error: "not_signed_in" });
    const buyer = await createBuyer();
    for (const input of [{}, { orderId: "" }, { orderId: "x".repeat(41) }]) {
      expect(await payWithDemo(buyer.id, input)).toMatchObject({ ok: false, error: "invalid_input" });
    }
    expect((await orderState(orderId)).status).toBe("PENDING_PAYMENT");
  });

  it("a cancelled order cannot be paid", async () => {
    const { buyer, orderId } = await unpaidOrder();
    await cancelOrder(buyer.id, { orderId });
    expect(await payWithDemo(buyer.id, { orderId })).toEqual({ ok: false, error: "not_payable" });
    const state = await orderState(orderId);
    expect(state.status).toBe("CANCELLED");
    expect(state.payments[0]).toEqual({ status: "PENDING", events: [] });
  });
});
