// The village admin finds an order by its number and gives money back for one item of a parcel, the
// way the admin's refund form does: the form's fields, through refundInputFromForm, into refundShopOrder.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { REFUND_QTY_PREFIX, refundInputFromForm } from "@/lib/payments/refund-form";
import { refundShopOrder } from "@/lib/payments/refunds";
import { findVillageOrder, villageParcel } from "@/lib/village/orders";
import { createProduct, createShop, createUser } from "../support/factories";
import { createBuyer, payTestOrder, placeTestOrder, stockOf } from "../support/store-factories";
import { control } from "../support/stripe-local";

/** The refund form as the browser sends it: one quantity field per item, blank or 0 for "none". */
function refundForm(shopOrderId: string, quantities: Record<string, number>) {
  const form = new FormData();
  form.set("shopOrderId", shopOrderId);
  for (const [itemId, quantity] of Object.entries(quantities))
    form.set(`${REFUND_QTY_PREFIX}${itemId}`, String(quantity));
  return form;
}

let adminId: string;
let buyerId: string;
let number: string;
let shopOrderId: string;
let bowlItem: { id: string; productId: string };
let teaItem: { id: string; productId: string };

beforeAll(async () => {
  const { shop, villageId } = await createShop();
  adminId = (await createUser("ADMIN", { villageId })).id;
  const bowl = await createProduct(shop.id, { priceFen: 4_500, stock: 5 });
  const tea = await createProduct(shop.id, { priceFen: 1_200, stock: 3 });
  buyerId = (await createBuyer()).id;
  const orderId = await placeTestOrder(buyerId, [
    { productId: bowl.id, quantity: 2 },
    { productId: tea.id, quantity: 1 },
  ]);
  expect(await payTestOrder(buyerId, orderId)).toBe("paid");
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { shopOrders: { include: { items: true } } },
  });
  number = order.number;
  const parcel = order.shopOrders[0];
  if (!parcel) throw new Error("no parcel");
  shopOrderId = parcel.id;
  const itemOf = (productId: string) => {
    const item = parcel.items.find((i) => i.productId === productId);
    if (!item) throw new Error("no item");
    return item;
  };
  bowlItem = itemOf(bowl.id);
  teaItem = itemOf(tea.id);
});

function parcelState() {
  return db.shopOrder.findUniqueOrThrow({
    where: { id: shopOrderId },
    select: {
      status: true,
      refundedFen: true,
      refundedCommissionFen: true,
      items: { orderBy: { id: "asc" }, select: { id: true, refundedQuantity: true } },
      payout: { select: { status: true, amountFen: true, refundedFen: true } },
      refunds: { orderBy: { createdAt: "asc" } },
    },
  });
}

describe("the village admin refunds one item of a paid order", () => {
  it("finds the order by its number, typed as people read it out, with the village's parcel", async () => {
    const typed = `${number.slice(0, 6)} ${number.slice(6)}`.toLowerCase();
    const found = await findVillageOrder(adminId, typed);
    expect(found.ok && found.data.number).toBe(number);
    expect(found.ok && found.data.parcels.map((p) => [p.id, p.status, p.subtotalFen, p.itemCount])).toEqual([
      [shopOrderId, "PAID", 2 * 4_500 + 1_200, 2],
    ]);
    const parcel = await villageParcel(adminId, shopOrderId);
    expect(
      parcel.ok && parcel.data.items.map((i) => [i.unitPriceFen, i.quantity, i.refundedQuantity]),
    ).toEqual(
      expect.arrayContaining([
        [4_500, 2, 0],
        [1_200, 1, 0],
      ]),
    );
    expect(await findVillageOrder(adminId, "not a number")).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
  });

  it("gives the buyer one bowl back: amounts split, stock back once, the refund done at the provider", async () => {
    const form = refundForm(shopOrderId, { [bowlItem.id]: 1, [teaItem.id]: 0 });
    expect(await refundShopOrder(adminId, refundInputFromForm(form))).toMatchObject({
      ok: true,
      data: { amountFen: 4_500 },
    });

    const after = await parcelState();
    // 10 200 fen at 5% is 510 commission; the bowl is 4 500 / 10 200 of it: 225, the shop gives 4 275.
    expect(after).toMatchObject({ status: "PAID", refundedFen: 4_500, refundedCommissionFen: 225 });
    expect(after.payout).toEqual({ status: "ACCRUED", amountFen: 10_200 - 510, refundedFen: 4_275 });
    expect(after.items.find((i) => i.id === bowlItem.id)?.refundedQuantity).toBe(1);
    expect(after.items.find((i) => i.id === teaItem.id)?.refundedQuantity).toBe(0);
    expect(await stockOf(bowlItem.productId)).toBe(5 - 2 + 1);
    expect(await stockOf(teaItem.productId)).toBe(3 - 1);

    expect(after.refunds).toHaveLength(1);
    const refund = after.refunds[0];
    expect(refund).toMatchObject({
      amountFen: 4_500,
      commissionFen: 225,
      payoutFen: 4_275,
      reversalFen: 0,
      requestedById: adminId,
      status: "SUCCEEDED",
    });
    const provider = await control<{
      refunds: Record<string, { amount: number; status: string; charge: string }>;
      charges: Record<string, { amount_refunded: number }>;
    }>("/state");
    const atProvider = provider.refunds[refund?.providerRef ?? ""];
    expect(atProvider).toMatchObject({ amount: 4_500, status: "succeeded" });
    expect(provider.charges[atProvider?.charge ?? ""]?.amount_refunded).toBe(4_500);

    const parcel = await villageParcel(adminId, shopOrderId);
    expect(parcel.ok && parcel.data.refunds.map((r) => [r.amountFen, r.status])).toEqual([
      [4_500, "SUCCEEDED"],
    ]);
  });

  it("the same bowl cannot come back twice: the last one once, then no more", async () => {
    const again = refundForm(shopOrderId, { [bowlItem.id]: 1 });
    expect((await refundShopOrder(adminId, refundInputFromForm(again))).ok).toBe(true);
    expect(await refundShopOrder(adminId, refundInputFromForm(again))).toEqual({
      ok: false,
      error: "more_than_bought",
    });
    expect(await stockOf(bowlItem.productId)).toBe(5);
    expect((await parcelState()).refundedFen).toBe(9_000);
  });
});

describe("who may not", () => {
  it("an admin of another village and a buyer are refused, and nothing changes", async () => {
    const before = await parcelState();
    const stockBefore = [await stockOf(bowlItem.productId), await stockOf(teaItem.productId)];
    const elsewhere = await createShop();
    const otherAdmin = await createUser("ADMIN", { villageId: elsewhere.villageId });
    const form = refundForm(shopOrderId, { [teaItem.id]: 1 });

    expect(await findVillageOrder(otherAdmin.id, number)).toEqual({ ok: false, error: "not_found" });
    expect(await villageParcel(otherAdmin.id, shopOrderId)).toEqual({ ok: false, error: "not_found" });
    expect(await refundShopOrder(otherAdmin.id, refundInputFromForm(form))).toEqual({
      ok: false,
      error: "not_found",
    });
    for (const caller of [buyerId, null]) {
      const error = caller ? "forbidden" : "not_signed_in";
      expect(await findVillageOrder(caller, number)).toEqual({ ok: false, error });
      expect(await villageParcel(caller, shopOrderId)).toEqual({ ok: false, error });
      expect(await refundShopOrder(caller, refundInputFromForm(form))).toEqual({ ok: false, error });
    }

    expect(await parcelState()).toEqual(before);
    expect([await stockOf(bowlItem.productId), await stockOf(teaItem.productId)]).toEqual(stockBefore);
  });
});
