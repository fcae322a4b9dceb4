// The village admin's money page: commission earned, payouts made and owed, each equal to a sum
// computed here straight from the rows behind it; flagged payments; reconciliation for the village.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { PAID_OR_REFUNDED_SHOP_ORDER_STATUSES } from "@/lib/orders/status";
import { settleOnReturn } from "@/lib/payments/checkout-session";
import { refreshPayoutAccount, startPayoutOnboarding } from "@/lib/payments/payout-account";
import { transferPayout } from "@/lib/payments/payouts";
import { returnPayment } from "@/lib/payments/refund-sync";
import { refundShopOrder } from "@/lib/payments/refunds";
import { villageMoney } from "@/lib/village/money";
import { thisYearPeriod } from "@/lib/village/period";
import { reconcileVillagePeriod } from "@/lib/village/reconcile";
import { createProduct, createShop, createUser } from "../support/factories";
import { createBuyer, payTestOrder, placeTestOrder } from "../support/store-factories";
import { control, payAtProvider, sessionOf } from "../support/stripe-local";

async function onboard(ownerId: string) {
  const started = await startPayoutOnboarding(ownerId, {});
  if (!started.ok) throw new Error(started.error);
  const shop = await db.shop.findUniqueOrThrow({ where: { ownerId } });
  await control(`/accounts/${shop.payoutAccountId}/onboard`, {});
  expect(await refreshPayoutAccount(ownerId)).toBe(true);
}

/** One paid order of one product; returns its shop order with the item. */
async function paidParcel(productId: string, quantity: number) {
  const buyer = await createBuyer();
  const orderId = await placeTestOrder(buyer.id, [{ productId, quantity }]);
  expect(await payTestOrder(buyer.id, orderId)).toBe("paid");
  return db.shopOrder.findFirstOrThrow({ where: { orderId }, include: { items: true } });
}

async function refund(userId: string, parcel: Awaited<ReturnType<typeof paidParcel>>, quantity: number) {
  const result = await refundShopOrder(userId, {
    shopOrderId: parcel.id,
    lines: [{ orderItemId: parcel.items[0]?.id, quantity }],
  });
  expect(result.ok).toBe(true);
}

/** Money that arrives for an order that cannot take it; `returned` runs the job that sends it back. */
async function flaggedPayment(
  productId: string,
  flag: "amount_mismatch" | "late_payment",
  returned: boolean,
) {
  const buyer = await createBuyer();
  const orderId = await placeTestOrder(buyer.id, [{ productId, quantity: 1 }]);
  const { payment, sessionRef } = await sessionOf(orderId);
  if (flag === "amount_mismatch")
    await db.payment.update({ where: { id: payment.id }, data: { amountFen: payment.amountFen + 1 } });
  else
    await db.order.update({ where: { id: orderId }, data: { status: "CANCELLED", cancelReason: "EXPIRED" } });
  await payAtProvider(sessionRef);
  expect(await settleOnReturn(buyer.id, orderId)).toBe("returned");
  if (returned) await returnPayment(payment.id);
  return db.order.findUniqueOrThrow({ where: { id: orderId } });
}

let villageId: string;
let adminId: string;
let otherAdminId: string;
let otherChargeRef: string;
const flaggedNumbers: { number: string; refundSent: boolean; flag: string }[] = [];

beforeAll(async () => {
  const sent = await createShop(); // its payouts go out
  const waiting = await createShop({ villageId: sent.villageId }); // no payout account yet
  villageId = sent.villageId;
  adminId = (await createUser("ADMIN", { villageId })).id;
  const bracelet = await createProduct(sent.shop.id, { priceFen: 10_001, stock: 20 });
  const honey = await createProduct(waiting.shop.id, { priceFen: 5_000, stock: 20 });
  await onboard(sent.owner.id);

  // Sent, then one of three refunded: the shop's part is taken back by a reversal.
  const a = await paidParcel(bracelet.id, 3);
  expect(await transferPayout(a.id)).toBe("transferred");
  await refund(adminId, a, 1);
  // Sent, nothing refunded.
  const b = await paidParcel(bracelet.id, 1);
  expect(await transferPayout(b.id)).toBe("transferred");
  // Refunded in part before anything was sent: owed, less the refund.
  const c = await paidParcel(honey.id, 2);
  await refund(waiting.owner.id, c, 1);
  // Refunded in full before anything was sent: nothing owed.
  const d = await paidParcel(honey.id, 1);
  await refund(adminId, d, 1);
  // Refunded in full before it was sent, then the transfer job finds nothing left to send.
  const e = await paidParcel(bracelet.id, 1);
  await refund(adminId, e, 1);
  expect(await transferPayout(e.id)).toBe("nothing_left");

  for (const [flag, returned] of [
    ["amount_mismatch", true],
    ["late_payment", false],
  ] as const) {
    const order = await flaggedPayment(honey.id, flag, returned);
    flaggedNumbers.push({ number: order.number, refundSent: returned, flag });
  }

  // Another village's sale: never in this village's figures, nor its reconciliation.
  const other = await createShop();
  otherAdminId = (await createUser("ADMIN", { villageId: other.villageId })).id;
  const elsewhere = await paidParcel((await createProduct(other.shop.id, { priceFen: 77_700 })).id, 1);
  const otherPayment = await db.payment.findFirstOrThrow({
    where: { orderId: elsewhere.orderId, status: "SUCCEEDED" },
  });
  otherChargeRef = otherPayment.chargeRef ?? "";
  // Our books now say another amount arrived than the provider's charge: a difference of that village.
  await db.payment.update({ where: { id: otherPayment.id }, data: { receivedFen: 77_701 } });
});

/** The same figures, summed here over the rows with no SQL of the page's. */
async function sumsOverRows(village: string) {
  const period = thisYearPeriod(new Date());
  const shopOrders = await db.shopOrder.findMany({
    where: {
      shop: { villageId: village },
      status: { in: PAID_OR_REFUNDED_SHOP_ORDER_STATUSES },
      paidAt: { gte: period.start, lt: period.end },
    },
    include: { payout: true, refunds: true },
  });
  let commissionFen = 0;
  let payoutsMadeFen = 0;
  let payoutsOwedFen = 0;
  let netSalesFen = 0;
  for (const so of shopOrders) {
    netSalesFen += so.subtotalFen - so.refundedFen;
    commissionFen += so.commissionFen - so.refundedCommissionFen;
    if (so.payout?.status === "TRANSFERRED") {
      payoutsMadeFen += so.payout.transferredFen ?? 0;
      for (const r of so.refunds) if (r.reversalRef !== null) payoutsMadeFen -= r.reversalFen;
    }
    if (so.payout?.status === "ACCRUED") payoutsOwedFen += so.payout.amountFen - so.payout.refundedFen;
  }
  return { count: shopOrders.length, netSalesFen, commissionFen, payoutsMadeFen, payoutsOwedFen };
}

describe("the money figures equal the sums over the shop orders behind them", () => {
  it("commission earned, payouts made and payouts owed", async () => {
    const money = await villageMoney(adminId, undefined);
    const rows = await sumsOverRows(villageId);
    expect(rows.count).toBe(5);
    expect(money?.figures).toMatchObject({
      netSalesFen: rows.netSalesFen,
      commissionFen: rows.commissionFen,
      payoutsMadeFen: rows.payoutsMadeFen,
      payoutsOwedFen: rows.payoutsOwedFen,
    });
  });

  it("by hand: the split of each parcel at 5%, what was sent, taken back and still owed", async () => {
    const money = await villageMoney(adminId, undefined);
    // a: 30 003 → commission 1 500, shop 28 503 sent; one bracelet back: commission 500, shop 9 501 reversed.
    // b: 10 001 → commission 500, shop 9 501 sent.   e: 10 001 refunded before sending: 0 sent, 0 earned.
    // c: 10 000 → commission 500, shop 9 500; one jar back: commission 250, shop 4 750 → 4 750 owed.
    // d: 5 000 refunded in full: nothing earned, nothing owed.
    expect(money?.figures).toEqual({
      netSalesFen: 20_002 + 10_001 + 5_000,
      commissionFen: 1_000 + 500 + 250,
      payoutsMadeFen: 28_503 - 9_501 + 9_501,
      payoutsOwedFen: 4_750,
      reversalsPendingFen: 0,
      notReleasedFen: 0,
    });
    const f = money?.figures;
    expect(f && f.commissionFen + f.payoutsMadeFen + f.payoutsOwedFen + f.reversalsPendingFen).toBe(
      f?.netSalesFen,
    );
  });

  it("another village's admin sees only their own; a buyer and a seller get no page", async () => {
    const other = await villageMoney(otherAdminId, undefined);
    expect(other?.figures.netSalesFen).toBe(77_700);
    expect(other?.flagged).toEqual([]);
    expect(await villageMoney((await createBuyer()).id, undefined)).toBeNull();
    expect(await villageMoney((await createShop()).owner.id, undefined)).toBeNull();
    expect(await villageMoney(null, undefined)).toBeNull();
  });
});

describe("payments flagged for the admin", () => {
  it("lists the order number, what was asked and received, and whether it went back", async () => {
    const money = await villageMoney(adminId, undefined);
    expect(
      money?.flagged
        .map((p) => ({ number: p.orderNumber, refundSent: p.refundSent, flag: p.flag }))
        .sort((x, y) => x.number.localeCompare(y.number)),
    ).toEqual([...flaggedNumbers].sort((x, y) => x.number.localeCompare(y.number)));
    const mismatch = money?.flagged.find((p) => p.flag === "amount_mismatch");
    expect(mismatch?.receivedFen).toBe((mismatch?.amountFen ?? 0) - 1);
  });
});

describe("reconciliation for the admin's period", () => {
  it("lists the differences of the admin's own village only", async () => {
    const mine = await reconcileVillagePeriod(adminId, "this-year");
    expect(mine.ok).toBe(true);
    const differences = mine.ok ? mine.data.differences : [];
    // The village's own money agrees with the provider; only what nobody can place may be listed.
    expect(differences.filter((d) => d.problem !== "unknown_to_us")).toEqual([]);
    expect(differences.map((d) => d.ref)).not.toContain(otherChargeRef);

    const theirs = await reconcileVillagePeriod(otherAdminId, "this-year");
    expect(theirs.ok && theirs.data.differences.filter((d) => d.problem !== "unknown_to_us")).toEqual([
      { kind: "charge", ref: otherChargeRef, problem: "amount_differs", oursFen: 77_701, theirsFen: 77_700 },
    ]);
  });

  it("only a village admin may run it", async () => {
    expect(await reconcileVillagePeriod((await createBuyer()).id, "this-year")).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await reconcileVillagePeriod(null, "this-year")).toMatchObject({
      ok: false,
      error: "not_signed_in",
    });
  });
});
