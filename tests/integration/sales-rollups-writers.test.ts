// The app's own writers (checkout, payment, shipping, refunds, cancel, expiry) keep the rollups
// exact, also when payments and refunds of the same shop and day run at the same time.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { cancelOrder } from "@/lib/orders/cancel";
import { closeUnpaidOrder } from "@/lib/orders/expire";
import { refundShopOrder } from "@/lib/payments/refunds";
import { getSellerHome } from "@/lib/seller/home";
import { markShopOrderShipped } from "@/lib/seller/ship";
import { thisYearPeriod } from "@/lib/village/period";
import { salesTotals } from "@/lib/village/stats";
import { createCategory, createProduct, createShop, createVillage } from "../support/factories";
import { rollupSums, scratchSums } from "../support/rollup-oracle";
import { createBuyer, payTestOrder, placeTestOrder } from "../support/store-factories";

async function twoShops() {
  const village = await createVillage();
  const category = await createCategory("AGRICULTURE");
  const make = async (priceFen: number) => {
    const { shop, owner } = await createShop({ villageId: village.id });
    const product = await createProduct(shop.id, { categoryId: category.id, priceFen, stock: 500 });
    return { shop, owner, product };
  };
  return { villageId: village.id, a: await make(1_250), b: await make(8_800) };
}

async function expectExact(villageId: string) {
  expect(await rollupSums(villageId)).toEqual(await scratchSums(villageId));
}

const parcelOf = (orderId: string, shopId: string) =>
  db.shopOrder.findUniqueOrThrow({
    where: { orderId_shopId: { orderId, shopId } },
    include: { items: true },
  });

describe("the writers keep the rollups exact", () => {
  it("through checkout, payment, shipping, refunds, cancel and expiry", async () => {
    const { villageId, a, b } = await twoShops();
    const buyer = await createBuyer();
    const lines = [
      { productId: a.product.id, quantity: 4 },
      { productId: b.product.id, quantity: 1 },
    ];
    const orderId = await placeTestOrder(buyer.id, lines);
    await expectExact(villageId);
    expect(await payTestOrder(buyer.id, orderId)).toBe("paid");
    await expectExact(villageId);
    // One checkout from two shops: one order, two parcels.
    const period = thisYearPeriod(new Date());
    expect(await salesTotals(villageId, period)).toMatchObject({ orders: 1, parcels: 2, salesFen: 13_800 });

    const parcelA = await parcelOf(orderId, a.shop.id);
    const shipped = await markShopOrderShipped(a.owner.id, {
      shopOrderId: parcelA.id,
      courier: "SF",
      trackingNumber: "SF1234567890",
    });
    expect(shipped.ok).toBe(true);
    const item = parcelA.items[0];
    const part = await refundShopOrder(a.owner.id, {
      shopOrderId: parcelA.id,
      lines: [{ orderItemId: item?.id, quantity: 1 }],
    });
    expect(part).toMatchObject({ ok: true, data: { amountFen: 1_250 } });
    await expectExact(villageId);
    const parcelB = await parcelOf(orderId, b.shop.id);
    const whole = await refundShopOrder(b.owner.id, {
      shopOrderId: parcelB.id,
      lines: [{ orderItemId: parcelB.items[0]?.id, quantity: 1 }],
    });
    expect(whole.ok).toBe(true);
    await expectExact(villageId);
    expect(await salesTotals(villageId, period)).toMatchObject({ orders: 1, parcels: 2, salesFen: 3_750 });
    // The seller home counts a parcel refunded in full no more (today's meaning, kept).
    expect((await getSellerHome(b.owner.id))?.sales.yearFen).toBe(0);
    expect((await getSellerHome(a.owner.id))?.sales.yearFen).toBe(5_000);

    const cancelled = await placeTestOrder(buyer.id, lines);
    expect(await cancelOrder(buyer.id, { orderId: cancelled })).toEqual({ ok: true });
    const expired = await placeTestOrder(buyer.id, lines);
    await db.order.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect(await closeUnpaidOrder(expired, "EXPIRED")).toBe("closed");
    await expectExact(villageId);
    expect((await salesTotals(villageId, period)).parcels).toBe(2);
  });

  it("when payments and refunds of the same shop and day run at once", async () => {
    const { villageId, a, b } = await twoShops();
    const buyers = await Promise.all(Array.from({ length: 6 }, () => createBuyer()));
    // Half of the checkouts also buy from the second shop, so both shops' rows are contended.
    const orders = await Promise.all(
      buyers.map(async (buyer, i) => {
        const lines = [{ productId: a.product.id, quantity: 2 }];
        if (i % 2 === 0) lines.push({ productId: b.product.id, quantity: 1 });
        return { buyer, orderId: await placeTestOrder(buyer.id, lines) };
      }),
    );
    const [first, second, ...rest] = orders;
    if (!first || !second) throw new Error("orders missing");
    expect(await payTestOrder(first.buyer.id, first.orderId)).toBe("paid");
    expect(await payTestOrder(second.buyer.id, second.orderId)).toBe("paid");
    const refundable = await Promise.all([
      parcelOf(first.orderId, a.shop.id),
      parcelOf(second.orderId, a.shop.id),
    ]);

    const outcomes = await Promise.all([
      ...rest.map((o) => payTestOrder(o.buyer.id, o.orderId)),
      ...refundable.map((parcel) =>
        refundShopOrder(a.owner.id, {
          shopOrderId: parcel.id,
          lines: [{ orderItemId: parcel.items[0]?.id, quantity: 1 }],
        }),
      ),
    ]);
    expect(outcomes.slice(0, rest.length)).toEqual(rest.map(() => "paid"));
    expect(outcomes.slice(rest.length).map((o) => typeof o === "object" && o.ok)).toEqual([true, true]);
    await expectExact(villageId);
    expect(await salesTotals(villageId, thisYearPeriod(new Date()))).toMatchObject({
      orders: 6,
      parcels: 9,
      // 6 × 2 × 12.50 + 3 × 88.00 − 2 × 12.50
      salesFen: 6 * 2 * 1_250 + 3 * 8_800 - 2 * 1_250,
    });
  });
});
