// Paying the villagers and giving money back: the split, transfers once per shop order, refunds that
// never exceed what was paid, stock back once, and the shop's part reversed.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { refreshPayoutAccount, startPayoutOnboarding } from "@/lib/payments/payout-account";
import { transferDuePayouts, transferPayout } from "@/lib/payments/payouts";
import { refundShopOrder } from "@/lib/payments/refunds";
import { createShop, createUser } from "../support/factories";
import {
  createBuyer,
  createListedProduct,
  payTestOrder,
  placeTestOrder,
  stockOf,
} from "../support/store-factories";
import { control } from "../support/stripe-local";

async function onboard(ownerId: string) {
  const started = await startPayoutOnboarding(ownerId, {});
  if (!started.ok) throw new Error(started.error);
  const shop = await db.shop.findUniqueOrThrow({ where: { ownerId } });
  await control(`/accounts/${shop.payoutAccountId}/onboard`, {});
  expect(await refreshPayoutAccount(ownerId)).toBe(true);
  return shop;
}

async function paidOrder(lines: { priceFen: number; quantity: number; stock?: number }[]) {
  const buyer = await createBuyer();
  const shops = await Promise.all(
    lines.map((l) => createListedProduct({ priceFen: l.priceFen, stock: l.stock ?? 10 })),
  );
  const orderId = await placeTestOrder(
    buyer.id,
    shops.map((s, i) => ({ productId: s.product.id, quantity: lines[i]?.quantity ?? 1 })),
  );
  expect(await payTestOrder(buyer.id, orderId)).toBe("paid");
  const shopOrders = await db.shopOrder.findMany({
    where: { orderId },
    include: { items: true, payout: true, shop: true },
  });
  return { buyer, orderId, shops, shopOrders };
}

const transfersAtProvider = async (group: string) => {
  const state = await control<{ transfers: Record<string, { transfer_group: string; amount: number }> }>(
    "/state",
  );
  return Object.values(state.transfers).filter((t) => t.transfer_group === group);
};

describe("one charge pays three shops", () => {
  it("commission + payouts = total to the fen; one transfer per shop, sent once", async () => {
    const { orderId, shops, shopOrders } = await paidOrder([
      { priceFen: 12_345, quantity: 3 },
      { priceFen: 999, quantity: 1 },
      { priceFen: 50_001, quantity: 2 },
    ]);
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    const commission = shopOrders.reduce((a, so) => a + so.commissionFen, 0);
    const payouts = shopOrders.reduce((a, so) => a + (so.payout?.amountFen ?? 0), 0);
    expect(commission + payouts).toBe(order.totalFen);
    expect(shopOrders.map((so) => so.commissionFen).sort((a, b) => a - b)).toEqual([50, 1_852, 5_000]);

    // No shop can be paid yet: the payouts wait, accrued.
    expect(await transferPayout(shopOrders[0]?.id ?? "")).toBe("account_not_ready");
    for (const s of shops) await onboard(s.owner.id);
    const outcomes = await Promise.all(
      shopOrders.flatMap((so) => [
        transferPayout(so.id),
        transferPayout(so.id),
        transferDuePayouts(so.shopId),
      ]),
    );
    expect(outcomes.flat().filter((o) => o === "transferred")).toHaveLength(3);
    const transfers = await transfersAtProvider(order.number);
    expect(transfers).toHaveLength(3);
    expect(transfers.reduce((a, t) => a + t.amount, 0)).toBe(payouts);
    const after = await db.payout.findMany({ where: { shopOrder: { orderId } } });
    expect(after.every((p) => p.status === "TRANSFERRED" && p.transferredFen === p.amountFen)).toBe(true);
  });

  it("a shop that connects its account later gets its accrued payout then, from account.updated", async () => {
    const { shops, shopOrders } = await paidOrder([{ priceFen: 20_000, quantity: 1 }]);
    const owner = shops[0]?.owner.id ?? "";
    const started = await startPayoutOnboarding(owner, {});
    expect(started.ok).toBe(true);
    const shop = await db.shop.findUniqueOrThrow({ where: { ownerId: owner } });
    expect(shop.payoutsEnabled).toBe(false);
    await control(`/accounts/${shop.payoutAccountId}/onboard`, {});
    // The event path: what the provider says, re-fetched (the webhook test covers signing).
    const { processPaymentEvent } = await import("@/lib/payments/process-event");
    await processPaymentEvent({
      provider: "stripe",
      eventId: `evt_account_${shop.id}`,
      type: "account.updated",
      subject: { kind: "account", ref: shop.payoutAccountId ?? "" },
    });
    expect((await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).payoutsEnabled).toBe(true);
    await transferDuePayouts(shop.id);
    expect((await db.payout.findUniqueOrThrow({ where: { shopOrderId: shopOrders[0]?.id } })).status).toBe(
      "TRANSFERRED",
    );
  });
});

describe("refunds", () => {
  it("concurrent refunds of the same shop order never exceed what was paid; stock comes back once", async () => {
    const { shops, shopOrders } = await paidOrder([{ priceFen: 3_000, quantity: 4, stock: 4 }]);
    const so = shopOrders[0];
    const item = so?.items[0];
    if (!so || !item) throw new Error("no shop order");
    const owner = shops[0]?.owner.id ?? "";
    expect(await stockOf(item.productId)).toBe(0);

    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        refundShopOrder(owner, { shopOrderId: so.id, lines: [{ orderItemId: item.id, quantity: 3 }] }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error === "more_than_bought")).toBe(true);
    const one = await refundShopOrder(owner, {
      shopOrderId: so.id,
      lines: [{ orderItemId: item.id, quantity: 1 }],
    });
    expect(one.ok).toBe(true);
    const more = await refundShopOrder(owner, {
      shopOrderId: so.id,
      lines: [{ orderItemId: item.id, quantity: 1 }],
    });
    expect(more).toEqual({ ok: false, error: "not_refundable" });

    expect(await stockOf(item.productId)).toBe(4);
    const after = await db.shopOrder.findUniqueOrThrow({
      where: { id: so.id },
      include: { refunds: true, payout: true },
    });
    expect(after).toMatchObject({
      status: "REFUNDED",
      refundedFen: 12_000,
      refundedCommissionFen: after.commissionFen,
    });
    expect(after.refunds.reduce((a, r) => a + r.amountFen, 0)).toBe(12_000);
    expect(after.refunds.every((r) => r.status === "SUCCEEDED" && r.providerRef)).toBe(true);
    // The shop's payout was never sent, so nothing is left to send.
    expect(after.payout?.refundedFen).toBe(after.payout?.amountFen);
    const charge = await db.payment.findFirstOrThrow({ where: { orderId: so.orderId, status: "SUCCEEDED" } });
    const state = await control<{ charges: Record<string, { amount_refunded: number }> }>("/state");
    expect(state.charges[charge.chargeRef ?? ""]?.amount_refunded).toBe(12_000);
  });

  it("a partial refund after the payout went out reverses the shop's part and returns the commission in proportion", async () => {
    const { shops, shopOrders } = await paidOrder([{ priceFen: 10_001, quantity: 3 }]);
    const so = shopOrders[0];
    const item = so?.items[0];
    if (!so || !item) throw new Error("no shop order");
    await onboard(shops[0]?.owner.id ?? "");
    expect(await transferPayout(so.id)).toBe("transferred");

    const admin = await createUser("ADMIN", { villageId: so.shop.villageId });
    const refunded = await refundShopOrder(admin.id, {
      shopOrderId: so.id,
      lines: [{ orderItemId: item.id, quantity: 1 }],
    });
    expect(refunded).toMatchObject({ ok: true, data: { amountFen: 10_001 } });
    const refund = await db.refund.findFirstOrThrow({ where: { shopOrderId: so.id } });
    // 30,003 fen at 5%: commission 1,500; one third back is 500 (rounded half down), the shop 9,501.
    expect(refund).toMatchObject({
      amountFen: 10_001,
      commissionFen: 500,
      payoutFen: 9_501,
      reversalFen: 9_501,
    });
    expect(refund.reversalRef).toMatch(/^trr_/);
    const payout = await db.payout.findUniqueOrThrow({ where: { shopOrderId: so.id } });
    const state = await control<{ transfers: Record<string, { amount_reversed: number }> }>("/state");
    expect(state.transfers[payout.transferRef ?? ""]?.amount_reversed).toBe(9_501);
  });

  it("only the shop's own seller or its village admin can refund; a buyer and outsiders are refused, nothing changes", async () => {
    const { buyer, shopOrders } = await paidOrder([{ priceFen: 5_000, quantity: 2 }]);
    const so = shopOrders[0];
    const item = so?.items[0];
    if (!so || !item) throw new Error("no shop order");
    const input = { shopOrderId: so.id, lines: [{ orderItemId: item.id, quantity: 1 }] };
    const otherSeller = await createShop();
    const otherAdmin = await createUser("ADMIN", { villageId: otherSeller.villageId });
    expect(await refundShopOrder(otherSeller.owner.id, input)).toEqual({ ok: false, error: "not_found" });
    expect(await refundShopOrder(otherAdmin.id, input)).toEqual({ ok: false, error: "not_found" });
    expect(await refundShopOrder(buyer.id, input)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await refundShopOrder(null, input)).toMatchObject({ ok: false, error: "not_signed_in" });
    for (const bad of [
      { shopOrderId: so.id, lines: [] },
      { shopOrderId: so.id, lines: [{ orderItemId: item.id, quantity: 0 }] },
      { shopOrderId: so.id, lines: [{ orderItemId: item.id, quantity: 1.5 }] },
      {
        shopOrderId: so.id,
        lines: [
          { orderItemId: item.id, quantity: 1 },
          { orderItemId: item.id, quantity: 1 },
        ],
      },
      { shopOrderId: "x".repeat(41), lines: [{ orderItemId: item.id, quantity: 1 }] },
    ]) {
      expect(await refundShopOrder(so.shop.ownerId, bad)).toMatchObject({
        ok: false,
        error: "invalid_input",
      });
    }
    const after = await db.shopOrder.findUniqueOrThrow({ where: { id: so.id }, include: { items: true } });
    expect(after.refundedFen).toBe(0);
    expect(after.items[0]?.refundedQuantity).toBe(0);
    expect(await db.refund.count({ where: { shopOrderId: so.id } })).toBe(0);
  });

  it("an unpaid shop order cannot be refunded", async () => {
    const buyer = await createBuyer();
    const { product, owner } = await createListedProduct({ priceFen: 1_000, stock: 2 });
    const orderId = await placeTestOrder(buyer.id, [{ productId: product.id, quantity: 1 }]);
    const so = await db.shopOrder.findFirstOrThrow({ where: { orderId }, include: { items: true } });
    const input = { shopOrderId: so.id, lines: [{ orderItemId: so.items[0]?.id ?? "", quantity: 1 }] };
    expect(await refundShopOrder(owner.id, input)).toEqual({ ok: false, error: "not_refundable" });
  });
});

describe("payout accounts", () => {
  it("a seller cannot set the account id by form; the id is the provider's", async () => {
    const { owner } = await createShop();
    expect(await startPayoutOnboarding(owner.id, { payoutAccountId: "acct_mine" })).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
    expect((await db.shop.findUniqueOrThrow({ where: { ownerId: owner.id } })).payoutAccountId).toBeNull();
    const buyer = await createBuyer();
    expect(await startPayoutOnboarding(buyer.id, {})).toMatchObject({ ok: false, error: "forbidden" });
    const twice = await Promise.all([
      startPayoutOnboarding(owner.id, {}),
      startPayoutOnboarding(owner.id, {}),
    ]);
    expect(twice.every((r) => r.ok)).toBe(true);
    const shop = await db.shop.findUniqueOrThrow({ where: { ownerId: owner.id } });
    expect(shop.payoutAccountId).toMatch(/^acct_/);
    expect(shop.payoutsEnabled).toBe(false);
  });
});
