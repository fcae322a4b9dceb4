import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import qs from "qs";
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LocalStripeControl } from "@/scripts/stripe-local/client";
import { parseForm } from "@/scripts/stripe-local/form";
import { type LocalStripe, startLocalStripe } from "@/scripts/stripe-local/server";

process.env.STRIPE_SUPPRESS_NOTICES = "true";

let server: LocalStripe;
let stripe: Stripe;
let control: LocalStripeControl;

function clientFor(port: number, key = "sk_test_stripe_local") {
  return new Stripe(key, { host: "127.0.0.1", port, protocol: "http", maxNetworkRetries: 2 });
}

beforeAll(async () => {
  server = await startLocalStripe({ port: 0, quiet: true });
  stripe = clientFor(server.port);
  control = new LocalStripeControl(server.url);
});

afterAll(async () => {
  await server.stop();
});

beforeEach(async () => {
  await control.reset();
});

function line(name: string, unitAmount: number, quantity = 1): Stripe.Checkout.SessionCreateParams.LineItem {
  return { quantity, price_data: { currency: "cny", unit_amount: unitAmount, product_data: { name } } };
}

function sessionParams(
  lines = [line("松石手串 Turquoise bracelet", 12800)],
): Stripe.Checkout.SessionCreateParams {
  return {
    mode: "payment",
    currency: "cny",
    allowed_payment_method_types: ["card", "alipay"],
    line_items: lines,
    client_reference_id: "order_42",
    metadata: { order_id: "42" },
    payment_intent_data: { transfer_group: "order_42", metadata: { order_id: "42" } },
    success_url: "http://localhost:3000/orders/42?session={CHECKOUT_SESSION_ID}",
    cancel_url: "http://localhost:3000/cart",
  };
}

/** A paid session: its PaymentIntent and Charge. */
async function paidCharge(amount: number) {
  const session = await stripe.checkout.sessions.create(sessionParams([line("茶 Tea", amount)]));
  const paid = await control.pay(session.id, "card");
  if (!paid.charge) throw new Error("no charge");
  return { session, paymentIntent: paid.payment_intent, charge: paid.charge };
}

async function expectStripeError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(Stripe.errors.StripeError);
  return error as Stripe.errors.StripeError;
}

describe("form parsing", () => {
  it("keeps a 25-line cart an array and nested keys nested", () => {
    const text = Array.from(
      { length: 25 },
      (_, i) => `line_items[${i}][price_data][unit_amount]=${500 + i}&line_items[${i}][quantity]=1`,
    ).join("&");
    const parsed = parseForm(`${text}&expand[]=payment_intent&expand[]=payment_intent.latest_charge`);
    expect(Array.isArray(parsed.line_items)).toBe(true);
    const lines = parsed.line_items as { price_data: { unit_amount: string } }[];
    expect(lines).toHaveLength(25);
    expect(lines[24]?.price_data.unit_amount).toBe("524");
    expect(parsed.expand).toEqual(["payment_intent", "payment_intent.latest_charge"]);
    // What the fix is for: qs's default limit turns the same cart into an object.
    expect(Array.isArray(qs.parse(text).line_items)).toBe(false);
  });
});

describe("authentication", () => {
  it("answers 401 without a Bearer secret key, and refuses live keys", async () => {
    const bare = await fetch(`${server.url}/v1/charges`);
    expect(bare.status).toBe(401);
    expect(((await bare.json()) as { error: { type: string } }).error.type).toBe("invalid_request_error");
    const wrong = await fetch(`${server.url}/v1/charges`, {
      headers: { Authorization: "Bearer pk_test_123" },
    });
    expect(wrong.status).toBe(401);
    const live = await expectStripeError(clientFor(server.port, "sk_live_123").charges.list());
    expect(live).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });

  it("answers unknown URLs with 404 and unknown ids with resource_missing", async () => {
    const missing = await expectStripeError(stripe.charges.retrieve("ch_nope"));
    expect(missing.statusCode).toBe(404);
    expect(missing.code).toBe("resource_missing");
    const response = await fetch(`${server.url}/v1/customers`, {
      headers: { Authorization: "Bearer sk_test_x" },
    });
    expect(response.status).toBe(404);
  });
});

describe("checkout sessions", () => {
  it("totals a 25-line cart and keeps every line in order", async () => {
    const lines = Array.from({ length: 25 }, (_, i) => line(`商品 ${i}`, 1000 + i, (i % 3) + 1));
    const session = await stripe.checkout.sessions.create(sessionParams(lines));
    const expected = lines.reduce(
      (sum, item) => sum + (item.price_data?.unit_amount ?? 0) * (item.quantity ?? 0),
      0,
    );
    expect(session).toMatchObject({
      object: "checkout.session",
      status: "open",
      payment_status: "unpaid",
      amount_total: expected,
      amount_subtotal: expected,
      currency: "cny",
      payment_intent: null,
      client_reference_id: "order_42",
      metadata: { order_id: "42" },
      livemode: false,
    });
    expect(session.id).toMatch(/^cs_test_/);
    expect(session.url).toBe(`${server.url}/checkout/pay/${session.id}`);
    expect(session.expires_at - session.created).toBe(24 * 60 * 60);
    const items = await stripe.checkout.sessions.listLineItems(session.id, { limit: 100 });
    expect(items.data.map((item) => item.description)).toEqual(lines.map((_, i) => `商品 ${i}`));
    expect(items.data[24]).toMatchObject({ quantity: 1, amount_total: 1024 * 1 });
  });

  it("expands the PaymentIntent and its charge once paid", async () => {
    const session = await stripe.checkout.sessions.create(sessionParams());
    await control.pay(session.id, "alipay");
    const plain = await stripe.checkout.sessions.retrieve(session.id);
    expect(plain.status).toBe("complete");
    expect(plain.payment_status).toBe("paid");
    expect(typeof plain.payment_intent).toBe("string");

    const expanded = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ["payment_intent", "payment_intent.latest_charge"],
    });
    const paymentIntent = expanded.payment_intent as Stripe.PaymentIntent;
    expect(paymentIntent).toMatchObject({
      id: plain.payment_intent,
      object: "payment_intent",
      status: "succeeded",
      amount: 12800,
      amount_received: 12800,
      currency: "cny",
      transfer_group: "order_42",
      metadata: { order_id: "42" },
    });
    const charge = paymentIntent.latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({
      object: "charge",
      paid: true,
      status: "succeeded",
      amount: 12800,
      amount_refunded: 0,
      transfer_group: "order_42",
      payment_intent: paymentIntent.id,
    });
    expect(charge.payment_method_details?.type).toBe("alipay");
    expect(charge.balance_transaction).toMatch(/^txn_/);

    const viaCharge = await stripe.charges.retrieve(charge.id, { expand: ["payment_intent"] });
    expect((viaCharge.payment_intent as Stripe.PaymentIntent).id).toBe(paymentIntent.id);
    await expectStripeError(stripe.checkout.sessions.retrieve(session.id, { expand: ["currency"] }));
  });

  it("refuses WeChat Pay without a client, and price ids", async () => {
    const noClient = await expectStripeError(
      stripe.checkout.sessions.create({ ...sessionParams(), allowed_payment_method_types: ["wechat_pay"] }),
    );
    expect(noClient).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(noClient.param).toBe("payment_method_options[wechat_pay][client]");

    const withClient = await stripe.checkout.sessions.create({
      ...sessionParams(),
      allowed_payment_method_types: ["wechat_pay", "alipay"],
      payment_method_options: { wechat_pay: { client: "web" } },
    });
    expect(withClient.payment_method_types).toEqual(["wechat_pay", "alipay"]);
    expect(withClient.allowed_payment_method_types).toEqual(["wechat_pay", "alipay"]);

    // The pre-endive `payment_method_types` (no longer in the SDK's types) is still understood.
    const legacy = await stripe.rawRequest("POST", "/v1/checkout/sessions", {
      "payment_method_types[0]": "alipay",
      "line_items[0][quantity]": 1,
      "line_items[0][price_data][currency]": "cny",
      "line_items[0][price_data][unit_amount]": 500,
      "line_items[0][price_data][product_data][name]": "茶",
    });
    expect(legacy).toMatchObject({ payment_method_types: ["alipay"], allowed_payment_method_types: null });
    expect(withClient.payment_method_options?.wechat_pay?.client).toBe("web");

    const priced = await expectStripeError(
      stripe.checkout.sessions.create({
        ...sessionParams(),
        line_items: [{ price: "price_123", quantity: 1 }],
      }),
    );
    expect(priced.param).toBe("line_items[0][price]");
    const negative = await expectStripeError(stripe.checkout.sessions.create(sessionParams([line("x", -1)])));
    expect(negative.param).toBe("line_items[0][price_data][unit_amount]");
  });

  it("keeps expires_at between 30 minutes and 24 hours from the server clock", async () => {
    const now = await control.advanceClock(3600);
    const tooSoon = await expectStripeError(
      stripe.checkout.sessions.create({ ...sessionParams(), expires_at: now + 29 * 60 }),
    );
    expect(tooSoon.param).toBe("expires_at");
    const tooLate = await expectStripeError(
      stripe.checkout.sessions.create({ ...sessionParams(), expires_at: now + 24 * 3600 + 60 }),
    );
    expect(tooLate.param).toBe("expires_at");
    // The server's clock moves on with the wall clock, and exactly 30 minutes is right only within one
    // second: read it at the start of a second, just before the request (a loaded machine once let
    // the second turn between the requests above and this one).
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000)));
    const current = await control.now();
    const ok = await stripe.checkout.sessions.create({ ...sessionParams(), expires_at: current + 1800 });
    expect(ok.expires_at).toBe(current + 1800);
    expect(ok.created).toBe(current);
  });

  it("expires an open session once, and expires it by the clock", async () => {
    const session = await stripe.checkout.sessions.create(sessionParams());
    const expired = await stripe.checkout.sessions.expire(session.id);
    expect(expired.status).toBe("expired");
    expect(expired.url).toBeNull();
    await expectStripeError(stripe.checkout.sessions.expire(session.id));

    const later = await stripe.checkout.sessions.create(sessionParams());
    await control.advanceClock(24 * 3600 + 1);
    expect((await stripe.checkout.sessions.retrieve(later.id)).status).toBe("expired");
    const types = (await control.events()).map((event) => event.type);
    expect(types).toEqual(["checkout.session.expired", "checkout.session.expired"]);
    await expect(control.pay(later.id)).rejects.toThrow(/expired/);
  });

  it("completes an async payment later, creating the charge only then", async () => {
    const session = await stripe.checkout.sessions.create(sessionParams());
    const processing = await control.pay(session.id, "alipay", "processing");
    expect(processing.session).toMatchObject({ status: "complete", payment_status: "unpaid" });
    expect(processing.payment_intent.status).toBe("processing");
    expect(processing.charge).toBeNull();
    const settled = await control.settleAsync(session.id, "succeeded");
    expect(settled.charge?.amount).toBe(12800);
    expect((await stripe.checkout.sessions.retrieve(session.id)).payment_status).toBe("paid");
    const types = (await control.events()).map((event) => event.type);
    expect(types).toContain("checkout.session.completed");
    expect(types.at(-1)).toBe("checkout.session.async_payment_succeeded");
  });
});

describe("idempotency", () => {
  it("replays the first answer for the same key and parameters, refuses the key for anything else", async () => {
    const first = await stripe.checkout.sessions.create(sessionParams(), {
      idempotencyKey: "order-42-try-1",
    });
    const again = await stripe.checkout.sessions.create(sessionParams(), {
      idempotencyKey: "order-42-try-1",
    });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers["idempotent-replayed"]).toBe("true");
    expect(first.lastResponse.headers["idempotent-replayed"]).toBeUndefined();

    const changed = await expectStripeError(
      stripe.checkout.sessions.create(sessionParams([line("别的 Other", 100)]), {
        idempotencyKey: "order-42-try-1",
      }),
    );
    expect(changed).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    const otherPath = await expectStripeError(
      stripe.accounts.create(
        { type: "express", country: "HK", capabilities: { transfers: { requested: true } } },
        { idempotencyKey: "order-42-try-1" },
      ),
    );
    expect(otherPath).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    // Keys belong to one API key: another key may use the same string for its own request.
    const otherKey = await clientFor(server.port, "sk_test_other").checkout.sessions.create(sessionParams(), {
      idempotencyKey: "order-42-try-1",
    });
    expect(otherKey.id).not.toBe(first.id);
    expect(Object.keys((await control.state()).checkout_sessions)).toHaveLength(2);
  });

  it("keeps no answer for a request refused by validation, so the key can be used once fixed", async () => {
    const refused = await expectStripeError(
      stripe.checkout.sessions.create(sessionParams([line("x", -5)]), { idempotencyKey: "fix-and-retry" }),
    );
    expect(refused).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    const fixed = await stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: "fix-and-retry" });
    expect(fixed.lastResponse.headers["idempotent-replayed"]).toBeUndefined();
    expect(fixed.amount_total).toBe(12800);
  });

  it("gives 10 concurrent callers whose answers were lost the same session", async () => {
    await control.dropResponses(10, "/v1/checkout/sessions");
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: "double-click-42" }),
      ),
    );
    expect(new Set(results.map((session) => session.id)).size).toBe(1);
    expect(results.every((session) => session.lastResponse.headers["idempotent-replayed"] === "true")).toBe(
      true,
    );
    expect(Object.keys((await control.state()).checkout_sessions)).toEqual([results[0]?.id]);
  });

  it("retries through simulated server errors without doing the work twice", async () => {
    const { charge } = await paidCharge(5000);
    await control.failRequests(2, "/v1/refunds");
    const refund = await stripe.refunds.create({ charge: charge.id, amount: 1000 });
    expect(refund.status).toBe("succeeded");
    expect(Object.keys((await control.state()).refunds)).toEqual([refund.id]);
    await control.failRequests(3, "/v1/refunds");
    const failed = await expectStripeError(stripe.refunds.create({ charge: charge.id, amount: 1000 }));
    expect(failed).toBeInstanceOf(Stripe.errors.StripeAPIError);
  });
});

describe("refunds", () => {
  it("never refunds more than the charge, even when two refunds race", async () => {
    const { charge, paymentIntent } = await paidCharge(10000);
    const [a, b] = await Promise.allSettled([
      stripe.refunds.create({ charge: charge.id, amount: 6000 }),
      stripe.refunds.create({ payment_intent: paymentIntent.id, amount: 6000 }),
    ]);
    const outcomes = [a?.status, b?.status].sort();
    expect(outcomes).toEqual(["fulfilled", "rejected"]);
    const rejected = [a, b].find((result) => result?.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as Stripe.errors.StripeError).code).toBe("amount_too_large");

    const afterFirst = await stripe.charges.retrieve(charge.id);
    expect(afterFirst).toMatchObject({ amount_refunded: 6000, refunded: false });
    const rest = await stripe.refunds.create({ charge: charge.id, metadata: { reason: "out of stock" } });
    expect(rest).toMatchObject({
      amount: 4000,
      status: "succeeded",
      charge: charge.id,
      payment_intent: paymentIntent.id,
    });
    const full = await stripe.charges.retrieve(charge.id);
    expect(full).toMatchObject({ amount_refunded: 10000, refunded: true });
    expect(full.refunds?.data.map((refund) => refund.id)[0]).toBe(rest.id);
    const again = await expectStripeError(stripe.refunds.create({ charge: charge.id, amount: 1 }));
    expect(again.code).toBe("charge_already_refunded");

    expect((await stripe.refunds.retrieve(rest.id)).amount).toBe(4000);
    const listed = await stripe.refunds.list({ charge: charge.id });
    expect(listed.data.map((refund) => refund.amount)).toEqual([4000, 6000]);
    const types = (await control.events()).map((event) => event.type).filter((type) => /refund/.test(type));
    expect(types).toEqual([
      "refund.created",
      "charge.refunded",
      "refund.updated",
      "refund.created",
      "charge.refunded",
      "refund.updated",
    ]);
  });
});

describe("connect", () => {
  async function newSeller(email = "guo@xiaying.test") {
    return stripe.accounts.create({
      type: "express",
      country: "HK",
      email,
      capabilities: { transfers: { requested: true } },
      metadata: { shop_id: "guo" },
    });
  }

  it("creates Express accounts that cannot receive transfers until onboarded", async () => {
    const account = await newSeller();
    expect(account).toMatchObject({
      object: "account",
      type: "express",
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      capabilities: { transfers: "inactive" },
      metadata: { shop_id: "guo" },
    });
    expect(account.id).toMatch(/^acct_/);
    expect(account.requirements?.currently_due?.length).toBeGreaterThan(0);
    const { charge } = await paidCharge(10000);
    const refused = await expectStripeError(
      stripe.transfers.create({
        amount: 100,
        currency: "cny",
        destination: account.id,
        source_transaction: charge.id,
      }),
    );
    expect(refused.code).toBe("insufficient_capabilities_for_transfer");
    const china = await expectStripeError(
      stripe.accounts.create({
        type: "express",
        country: "CN",
        capabilities: { transfers: { requested: true } },
      }),
    );
    expect(china.param).toBe("country");

    const link = await stripe.accountLinks.create({
      account: account.id,
      type: "account_onboarding",
      return_url: "http://localhost:3000/seller/payouts/done",
      refresh_url: "http://localhost:3000/seller/payouts/retry",
    });
    expect(link.object).toBe("account_link");
    expect(link.url.startsWith(`${server.url}/connect/onboard/${account.id}?`)).toBe(true);
    expect(link.expires_at).toBeGreaterThan(link.created);

    await control.onboard(account.id);
    const ready = await stripe.accounts.retrieve(account.id);
    expect(ready).toMatchObject({
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
      capabilities: { transfers: "active" },
    });
    expect(ready.requirements?.currently_due).toEqual([]);
    const updated = (await control.events()).find((event) => event.type === "account.updated");
    expect(updated?.account).toBe(account.id);
  });

  it("keeps transfers within the source charge and reversals within the transfer", async () => {
    const guo = await newSeller();
    const wang = await newSeller("wang@xiaying.test");
    await control.onboard(guo.id);
    await control.onboard(wang.id);
    const { charge } = await paidCharge(10000);
    const toGuo = await stripe.transfers.create({
      amount: 7000,
      currency: "cny",
      destination: guo.id,
      source_transaction: charge.id,
      transfer_group: "order_42",
      metadata: { shop_id: "guo" },
    });
    expect(toGuo).toMatchObject({
      object: "transfer",
      amount: 7000,
      amount_reversed: 0,
      reversed: false,
      destination: guo.id,
      source_transaction: charge.id,
      transfer_group: "order_42",
      reversals: { object: "list", data: [] },
    });
    await stripe.transfers.create({
      amount: 3000,
      currency: "cny",
      destination: wang.id,
      source_transaction: charge.id,
      transfer_group: "order_42",
    });
    const tooMuch = await expectStripeError(
      stripe.transfers.create({
        amount: 1,
        currency: "cny",
        destination: wang.id,
        source_transaction: charge.id,
      }),
    );
    expect(tooMuch.code).toBe("balance_insufficient");

    const reversal = await stripe.transfers.createReversal(toGuo.id, {
      amount: 2000,
      metadata: { refund: "1" },
    });
    expect(reversal).toMatchObject({ object: "transfer_reversal", amount: 2000, transfer: toGuo.id });
    expect(reversal.id).toMatch(/^trr_/);
    const overReversed = await expectStripeError(stripe.transfers.createReversal(toGuo.id, { amount: 5001 }));
    expect(overReversed.param).toBe("amount");
    await stripe.transfers.createReversal(toGuo.id);
    const reversed = await stripe.transfers.retrieve(toGuo.id);
    expect(reversed).toMatchObject({ amount_reversed: 7000, reversed: true });
    expect(reversed.reversals.data).toHaveLength(2);

    // Refunding part of the charge leaves less to transfer; reversed money can be sent again.
    await stripe.refunds.create({ charge: charge.id, amount: 5000 });
    await expectStripeError(
      stripe.transfers.create({
        amount: 2001,
        currency: "cny",
        destination: guo.id,
        source_transaction: charge.id,
      }),
    );
    await stripe.transfers.create({
      amount: 2000,
      currency: "cny",
      destination: guo.id,
      source_transaction: charge.id,
    });

    const group = await stripe.transfers.list({ transfer_group: "order_42" });
    expect(group.data.map((transfer) => transfer.amount)).toEqual([3000, 7000]);
    const toGuoOnly = await stripe.transfers.list({ destination: guo.id });
    expect(toGuoOnly.data).toHaveLength(2);
    const types = (await control.events()).map((event) => event.type);
    expect(types.filter((type) => type === "transfer.created")).toHaveLength(3);
    expect(types.filter((type) => type === "transfer.reversed")).toHaveLength(2);
  });
});

describe("lists", () => {
  it("auto-paginates 150 charges newest first within a created range", async () => {
    await control.delivery({ mode: "drop" });
    const start = await control.now();
    for (let batch = 0; batch < 15; batch++) {
      const sessions = await Promise.all(
        Array.from({ length: 10 }, () => stripe.checkout.sessions.create(sessionParams([line("茶", 100)]))),
      );
      for (const session of sessions) await control.pay(session.id);
      await control.advanceClock(100);
    }
    const all = await stripe.charges.list({ limit: 100 }).autoPagingToArray({ limit: 1000 });
    expect(all).toHaveLength(150);
    expect(new Set(all.map((charge) => charge.id)).size).toBe(150);

    const gte = start + 500;
    const lt = start + 1000;
    const inRange: Stripe.Charge[] = [];
    for await (const charge of stripe.charges.list({ limit: 7, created: { gte, lt } })) inRange.push(charge);
    expect(inRange).toHaveLength(50);
    expect(inRange.every((charge) => charge.created >= gte && charge.created < lt)).toBe(true);
    const created = inRange.map((charge) => charge.created);
    expect(created).toEqual([...created].sort((x, y) => y - x));

    const before = inRange[10]?.id ?? "";
    const newer = await stripe.charges.list({ limit: 7, created: { gte, lt }, ending_before: before });
    expect(newer.data.map((charge) => charge.id)).toEqual(inRange.slice(3, 10).map((charge) => charge.id));
    expect(newer.has_more).toBe(true);

    const firstPage = await stripe.charges.list({ limit: 7, created: { gte, lt } });
    expect(firstPage).toMatchObject({ object: "list", has_more: true, url: "/v1/charges" });
    expect(firstPage.data.map((charge) => charge.id)).toEqual(inRange.slice(0, 7).map((charge) => charge.id));

    const events = await stripe.events.list({ type: "charge.succeeded", limit: 100 });
    expect(events.data).toHaveLength(100);
    expect(events.has_more).toBe(true);
    const one = events.data[0];
    expect(one && (await stripe.events.retrieve(one.id)).type).toBe("charge.succeeded");
  });
});

describe("state file", () => {
  it("keeps sessions, events and idempotency keys across a restart", async () => {
    const directory = mkdtempSync(join(tmpdir(), "stripe-local-"));
    const stateFile = join(directory, "state.json");
    try {
      const first = await startLocalStripe({ port: 0, quiet: true, stateFile });
      const session = await clientFor(first.port).checkout.sessions.create(sessionParams(), {
        idempotencyKey: "persisted",
      });
      await new LocalStripeControl(first.url).pay(session.id);
      await first.stop();

      const second = await startLocalStripe({ port: 0, quiet: true, stateFile });
      try {
        const client = clientFor(second.port);
        const again = await client.checkout.sessions.retrieve(session.id);
        expect(again.payment_status).toBe("paid");
        const replay = await client.checkout.sessions.create(sessionParams(), {
          idempotencyKey: "persisted",
        });
        expect(replay.id).toBe(session.id);
        expect((await new LocalStripeControl(second.url).events()).map((event) => event.type)).toContain(
          "checkout.session.completed",
        );
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
