// The seller's money page against the real payment path: orders paid on the local Stripe server,
// transfers to an onboarded account, refunds before and after the transfer.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { refreshPayoutAccount, startPayoutOnboarding } from "@/lib/payments/payout-account";
import { transferPayout } from "@/lib/payments/payouts";
import { REFUND_QTY_PREFIX, refundInputFromForm } from "@/lib/payments/refund-form";
import { refundShopOrder } from "@/lib/payments/refunds";
import { getOwnShopOrder, listOwnShopOrders } from "@/lib/seller/orders";
import { getOwnPayouts, getPayoutSummary } from "@/lib/seller/payouts";
import { countOrdersToShip } from "@/lib/seller/shop";
import { createProduct, createShop } from "../support/factories";
import { createBuyer, payTestOrder, placeTestOrder, stockOf } from "../support/store-factories";
import { control } from "../support/stripe-local";

/** A shop (5% commission, the village default) selling a product at `priceFen`. */
async function shopSelling(priceFen: number) {
  const { shop, owner } = await createShop();
  const product = await createProduct(shop.id, { priceFen, stock: 10 });
  return { shop, seller: owner, product };
}

/** A buyer's paid order of `quantity` × product; returns its parcel and the one item in it. */
async function paidParcel(productId: string, quantity: number) {
  const buyer = await createBuyer();
  const orderId = await placeTestOrder(buyer.id, [{ productId, quantity }]);
  expect(await payTestOrder(buyer.id, orderId)).toBe("paid");
  const parcel = await db.shopOrder.findFirstOrThrow({ where: { orderId }, include: { items: true } });
  return { parcel, item: parcel.items[0]! };
}

/** What the refund form sends: the parcel, and how many of each item go back. */
function refundForm(shopOrderId: string, quantities: Record<string, number | string>) {
  const form = new FormData();
  form.set("shopOrderId", shopOrderId);
  for (const [itemId, quantity] of Object.entries(quantities))
    form.set(`${REFUND_QTY_PREFIX}${itemId}`, String(quantity));
  return form;
}

async function onboard(sellerId: string) {
  const started = await startPayoutOnboarding(sellerId, {});
  if (!started.ok) throw new Error(`onboarding refused: ${started.error}`);
  const shop = await db.shop.findUniqueOrThrow({ where: { ownerId: sellerId } });
  await control(`/accounts/${shop.payoutAccountId}/onboard`, {});
  expect(await refreshPayoutAccount(sellerId)).toBe(true);
}

function parcelState(shopOrderId: string) {
  return db.shopOrder.findUniqueOrThrow({
    where: { id: shopOrderId },
    select: {
      status: true,
      refundedFen: true,
      refundedCommissionFen: true,
      items: { select: { refundedQuantity: true } },
      refunds: { select: { id: true } },
      payout: { select: { status: true, refundedFen: true, transferredFen: true } },
    },
  });
}

describe("a seller's payouts", () => {
  it("sums money on the way and paid out to the fen, through refunds before and after the transfer", async () => {
    const { shop, seller, product: bracelet } = await shopSelling(10_000);
    const tea = await createProduct(shop.id, { priceFen: 3_333, stock: 10 });
    // A: 2 × ¥100.00 = 20 000 fen → payout 19 000, commission 1 000.
    // B: 3 × ¥33.33 = 9 999 fen → payout 9 499, commission 500 (largest remainder: 499.95 rounds up).
    const a = await paidParcel(bracelet.id, 2);
    const b = await paidParcel(tea.id, 3);
    expect([a.parcel.payoutFen, a.parcel.commissionFen, b.parcel.payoutFen, b.parcel.commissionFen]).toEqual([
      19_000, 1_000, 9_499, 500,
    ]);

    const paid = await getOwnPayouts(seller.id);
    expect(paid).toMatchObject({ account: "none", onTheWayFen: 28_499, paidOutFen: 0 });
    expect(paid!.months).toHaveLength(12);
    expect(paid!.months.at(-1)).toMatchObject({ onTheWayFen: 28_499, paidOutFen: 0 });
    expect(paid!.months.slice(0, -1).every((m) => m.onTheWayFen === 0 && m.paidOutFen === 0)).toBe(true);

    // One tea back before any transfer: 3 333 fen, of which 167 commission and 3 166 off the payout.
    const early = await refundShopOrder(
      seller.id,
      refundInputFromForm(refundForm(b.parcel.id, { [b.item.id]: 1 })),
    );
    expect(early).toEqual({ ok: true, data: { refundId: expect.any(String), amountFen: 3_333 } });
    expect(await parcelState(b.parcel.id)).toMatchObject({
      status: "PAID",
      refundedFen: 3_333,
      refundedCommissionFen: 167,
      payout: { status: "ACCRUED", refundedFen: 3_166 },
    });
    expect(await getOwnPayouts(seller.id)).toMatchObject({ onTheWayFen: 25_333, paidOutFen: 0 });

    // Not transferable before the account is ready; once it is, each parcel goes once.
    expect(await transferPayout(a.parcel.id)).toBe("account_not_ready");
    await onboard(seller.id);
    expect(await getPayoutSummary(seller.id)).toEqual({ account: "ready", onTheWayFen: 25_333 });
    expect(await transferPayout(a.parcel.id)).toBe("transferred");
    expect(await transferPayout(b.parcel.id)).toBe("transferred");
    expect(await transferPayout(a.parcel.id)).toBe("not_due");
    expect((await parcelState(b.parcel.id)).payout).toMatchObject({
      status: "TRANSFERRED",
      transferredFen: 6_333,
    });
    const sent = await getOwnPayouts(seller.id);
    expect(sent).toMatchObject({ account: "ready", onTheWayFen: 0, paidOutFen: 25_333 });
    expect(sent!.months.at(-1)).toMatchObject({ onTheWayFen: 0, paidOutFen: 25_333 });

    // One bracelet back after its transfer: 10 000 fen, 500 commission, 9 500 reversed from the shop.
    const stockBefore = await stockOf(bracelet.id);
    const late = await refundShopOrder(
      seller.id,
      refundInputFromForm(refundForm(a.parcel.id, { [a.item.id]: 1 })),
    );
    expect(late).toMatchObject({ ok: true, data: { amountFen: 10_000 } });
    expect(await stockOf(bracelet.id)).toBe(stockBefore + 1);
    const reversal = await db.refund.findFirstOrThrow({ where: { shopOrderId: a.parcel.id } });
    expect(reversal).toMatchObject({
      amountFen: 10_000,
      commissionFen: 500,
      payoutFen: 9_500,
      reversalFen: 9_500,
    });
    expect(reversal.reversalRef).not.toBeNull();
    const after = await getOwnPayouts(seller.id);
    expect(after).toMatchObject({ onTheWayFen: 0, paidOutFen: 15_833 });
    expect(after!.months.at(-1)).toMatchObject({ onTheWayFen: 0, paidOutFen: 15_833 });

    // The rest of the bracelets back: the parcel is refunded in full and nothing of it stays paid out.
    const rest = await refundShopOrder(
      seller.id,
      refundInputFromForm(refundForm(a.parcel.id, { [a.item.id]: 1 })),
    );
    expect(rest).toMatchObject({ ok: true, data: { amountFen: 10_000 } });
    expect(await parcelState(a.parcel.id)).toMatchObject({
      status: "REFUNDED",
      refundedFen: 20_000,
      refundedCommissionFen: 1_000,
      items: [{ refundedQuantity: 2 }],
    });
    expect(await getOwnPayouts(seller.id)).toMatchObject({ onTheWayFen: 0, paidOutFen: 6_333 });
  });

  it("shows another seller only their own shop's figures, and a buyer none", async () => {
    const { seller, product } = await shopSelling(5_000);
    await paidParcel(product.id, 1);
    expect(await getOwnPayouts(seller.id)).toMatchObject({ onTheWayFen: 4_750, paidOutFen: 0 });

    const other = await shopSelling(5_000);
    const theirs = await getOwnPayouts(other.seller.id);
    expect(theirs).toMatchObject({ account: "none", onTheWayFen: 0, paidOutFen: 0 });
    expect(theirs!.months.every((m) => m.onTheWayFen === 0 && m.paidOutFen === 0)).toBe(true);
    expect(await getPayoutSummary(other.seller.id)).toEqual({ account: "none", onTheWayFen: 0 });
    const buyer = await createBuyer();
    expect(await getOwnPayouts(buyer.id)).toBeNull();
  });
});

describe("the seller's refund form", () => {
  it("refuses another shop's parcel as not found, and changes nothing", async () => {
    const { product } = await shopSelling(8_800);
    const { parcel, item } = await paidParcel(product.id, 2);
    const intruder = await shopSelling(1_000);
    const before = await parcelState(parcel.id);
    const stock = await stockOf(product.id);

    const result = await refundShopOrder(
      intruder.seller.id,
      refundInputFromForm(refundForm(parcel.id, { [item.id]: 1 })),
    );
    expect(result).toEqual({ ok: false, error: "not_found" });
    expect(await parcelState(parcel.id)).toEqual(before);
    expect(before).toMatchObject({ refundedFen: 0, refunds: [], items: [{ refundedQuantity: 0 }] });
    expect(await stockOf(product.id)).toBe(stock);
  });

  it("refuses more than is left to give back, and changes nothing", async () => {
    const { seller, product } = await shopSelling(8_800);
    const { parcel, item } = await paidParcel(product.id, 2);
    const before = await parcelState(parcel.id);
    const result = await refundShopOrder(
      seller.id,
      refundInputFromForm(refundForm(parcel.id, { [item.id]: 3 })),
    );
    expect(result).toEqual({ ok: false, error: "more_than_bought" });
    expect(await parcelState(parcel.id)).toEqual(before);
    // A form with nothing picked is no refund at all.
    const empty = await refundShopOrder(
      seller.id,
      refundInputFromForm(refundForm(parcel.id, { [item.id]: 0 })),
    );
    expect(empty).toMatchObject({ ok: false, error: "invalid_input" });
    expect(await parcelState(parcel.id)).toEqual(before);
  });
});

describe("a parcel given back in full", () => {
  it("leaves the seller's parcels to ship, stays listed under all, and still opens", async () => {
    const { seller, product } = await shopSelling(2_500);
    const { parcel, item } = await paidParcel(product.id, 2);
    expect(await countOrdersToShip(seller.id)).toBe(1);
    const partly = await refundShopOrder(
      seller.id,
      refundInputFromForm(refundForm(parcel.id, { [item.id]: 1 })),
    );
    expect(partly).toMatchObject({ ok: true, data: { amountFen: 2_500 } });
    // Half given back: still a parcel to send.
    expect((await listOwnShopOrders(seller.id, "to-ship")).parcels).toMatchObject([
      { id: parcel.id, status: "PAID", refundedFen: 2_500 },
    ]);
    await refundShopOrder(seller.id, refundInputFromForm(refundForm(parcel.id, { [item.id]: 1 })));

    expect(await countOrdersToShip(seller.id)).toBe(0);
    const toShip = await listOwnShopOrders(seller.id, "to-ship");
    expect(toShip.parcels).toEqual([]);
    expect(toShip.counts).toEqual({ "to-ship": 0, shipped: 0, all: 1 });
    expect((await listOwnShopOrders(seller.id, "all")).parcels).toMatchObject([
      { id: parcel.id, status: "REFUNDED", refundedFen: 5_000 },
    ]);
    expect(await getOwnShopOrder(seller.id, parcel.id)).toMatchObject({
      status: "REFUNDED",
      refundedFen: 5_000,
      items: [{ quantity: 2, refundedQuantity: 2 }],
    });
  });
});

describe("connecting a payout account", () => {
  it("refuses an account id (or readiness) sent by the browser, and changes nothing", async () => {
    const { shop, seller } = await shopSelling(1_000);
    const form = new FormData();
    form.set("payoutAccountId", "acct_someone_else");
    form.set("payoutsEnabled", "true");
    const result = await startPayoutOnboarding(seller.id, Object.fromEntries(form));
    expect(result).toMatchObject({ ok: false, error: "invalid_input" });
    expect(await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({
      payoutAccountId: null,
      payoutsEnabled: false,
    });
    expect(await getPayoutSummary(seller.id)).toEqual({ account: "none", onTheWayFen: 0 });
  });

  it("creates the shop's account once, and is not ready until the provider says so", async () => {
    const { shop, seller } = await shopSelling(1_000);
    const accountOf = async () =>
      (await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).payoutAccountId;
    expect(await startPayoutOnboarding(seller.id, {})).toMatchObject({
      ok: true,
      data: { url: expect.any(String) },
    });
    const account = await accountOf();
    expect(account).toMatch(/^acct_/);
    expect(await startPayoutOnboarding(seller.id, {})).toMatchObject({ ok: true });
    expect(await accountOf()).toBe(account);
    expect(await refreshPayoutAccount(seller.id)).toBe(false);
    expect(await getPayoutSummary(seller.id)).toEqual({ account: "unfinished", onTheWayFen: 0 });
  });
});
