// Builders for the Taobao-village title tests: shops with a status history written out by hand, and
// paid parcels at given times, so each active-shop answer follows from rows the test shows.
import { db } from "@/lib/db/client";
import type { ShopOrderStatus, ShopStatus } from "@/lib/generated/prisma/client";
import { createOrder, createShopInHousehold } from "./admin-factories";
import { createHousehold, createProduct } from "./factories";

/** A shop whose history is `changes` (status from then on), its current status the last of them. */
export async function shopWithHistory(
  villageId: string,
  changes: [ShopStatus, Date][],
  options: { householdId?: string; formerlyPoor?: boolean } = {},
) {
  const householdId =
    options.householdId ?? (await createHousehold(villageId, options.formerlyPoor ?? false)).id;
  const last = changes.at(-1)?.[0] ?? "PENDING";
  const { shop, owner } = await createShopInHousehold(villageId, householdId, last);
  let from: ShopStatus | null = null;
  for (const [to, at] of changes) {
    await db.shopStatusChange.create({ data: { shopId: shop.id, fromStatus: from, toStatus: to, at } });
    from = to;
  }
  const product = await createProduct(shop.id, { priceFen: 1_000 });
  return { shop, owner, householdId, productId: product.id };
}

/** One single-parcel order of `shopId` per time, each for `priceFen`, paid then. */
export async function paidParcels(
  buyerId: string,
  shop: { shop: { id: string }; productId: string },
  times: Date[],
  status: ShopOrderStatus = "PAID",
  priceFen = 1_000,
) {
  const orders = [];
  for (const at of times) {
    const order = await createOrder(buyerId, at, [
      {
        shopId: shop.shop.id,
        status,
        items: [{ productId: shop.productId, unitPriceFen: priceFen, quantity: 1 }],
      },
    ]);
    if (status === "REFUNDED")
      await db.shopOrder.updateMany({ where: { orderId: order.id }, data: { refundedFen: priceFen } });
    orders.push(order);
  }
  return orders;
}
