import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getBuyerOrder, listBuyerOrders } from "@/lib/orders/buyer-orders";
import { cancelOrder } from "@/lib/orders/cancel";
import { createUser } from "../support/factories";
import {
  createBuyer,
  createListedProduct,
  payTestOrder,
  placeTestOrder,
  stockOf,
} from "../support/store-factories";

async function twoShopOrder() {
  const buyer = await createBuyer();
  const bracelet = await createListedProduct({ priceFen: 12_800, stock: 5 });
  const tea = await createListedProduct({ priceFen: 6_650, stock: 8 });
  const orderId = await placeTestOrder(buyer.id, [
    { productId: bracelet.product.id, quantity: 2 },
    { productId: tea.product.id, quantity: 3 },
  ]);
  return { buyer, bracelet, tea, orderId };
}

async function pay(orderId: string) {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { buyerId: true } });
  expect(await payTestOrder(order.buyerId, orderId)).toBe("paid");
}

describe("a buyer's orders", () => {
  it("shows the buyer their order with one parcel per shop, courier and tracking once shipped", async () => {
    const { buyer, bracelet, tea, orderId } = await twoShopOrder();
    await pay(orderId);
    await db.shopOrder.updateMany({
      where: { orderId, shopId: bracelet.shop.id },
      data: { status: "SHIPPED", courier: "SF", trackingNumber: "SF1234567890", shippedAt: new Date() },
    });

    const order = await getBuyerOrder(buyer.id, orderId);

    expect(order?.status).toBe("PAID");
    expect(order?.totalFen).toBe(25_600 + 19_950);
    const parcels = new Map(order?.shopOrders.map((parcel) => [parcel.shop.slug, parcel]));
    expect(parcels.get(bracelet.shop.slug)).toMatchObject({
      status: "SHIPPED",
      courier: "SF",
      trackingNumber: "SF1234567890",
      subtotalFen: 25_600,
    });
    expect(parcels.get(tea.shop.slug)).toMatchObject({ status: "PAID", courier: null, subtotalFen: 19_950 });
    expect(parcels.get(tea.shop.slug)?.items).toEqual([
      expect.objectContaining({ titleZh: tea.product.titleZh, unitPriceFen: 6_650, quantity: 3 }),
    ]);
  });

  it("another buyer gets nothing: not the order, not in their list", async () => {
    const { orderId } = await twoShopOrder();
    const stranger = await createBuyer();
    expect(await getBuyerOrder(stranger.id, orderId)).toBeNull();
    expect((await listBuyerOrders(stranger.id)).orders).toEqual([]);
  });

  it("lists the buyer's own orders newest first with their parcels", async () => {
    const buyer = await createBuyer();
    const { product } = await createListedProduct({ stock: 10 });
    const first = await placeTestOrder(buyer.id, [{ productId: product.id, quantity: 1 }]);
    const second = await placeTestOrder(buyer.id, [{ productId: product.id, quantity: 2 }]);
    await twoShopOrder();

    const { orders, total } = await listBuyerOrders(buyer.id);

    expect(total).toBe(2);
    expect(orders.map((order) => order.id)).toEqual([second, first]);
    expect(orders[0]?.shopOrders[0]?.shop.slug).toBeTruthy();
  });
});

describe("cancelling an unpaid order", () => {
  it("returns the stock and cancels every parcel", async () => {
    const { buyer, bracelet, tea, orderId } = await twoShopOrder();
    expect(await stockOf(bracelet.product.id)).toBe(3);

    expect(await cancelOrder(buyer.id, { orderId })).toEqual({ ok: true });

    expect(await stockOf(bracelet.product.id)).toBe(5);
    expect(await stockOf(tea.product.id)).toBe(8);
    const order = await getBuyerOrder(buyer.id, orderId);
    expect(order?.status).toBe("CANCELLED");
    expect(order?.shopOrders.map((parcel) => parcel.status)).toEqual(["CANCELLED", "CANCELLED"]);
  });

  it("returns the stock once, even when cancelled 5 times at once", async () => {
    const { buyer, bracelet, tea, orderId } = await twoShopOrder();
    const results = await Promise.all(Array.from({ length: 5 }, () => cancelOrder(buyer.id, { orderId })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array.from({ length: 4 }, () => ({ ok: false, error: "not_cancellable" })),
    );
    expect(await stockOf(bracelet.product.id)).toBe(5);
    expect(await stockOf(tea.product.id)).toBe(8);
  });

  it("a paid order cannot be cancelled here", async () => {
    const { buyer, bracelet, orderId } = await twoShopOrder();
    await pay(orderId);
    expect(await cancelOrder(buyer.id, { orderId })).toEqual({ ok: false, error: "not_cancellable" });
    expect((await getBuyerOrder(buyer.id, orderId))?.status).toBe("PAID");
    expect(await stockOf(bracelet.product.id)).toBe(3);
  });

  it("another buyer cannot cancel it, and nothing changes", async () => {
    const { bracelet, orderId } = await twoShopOrder();
    const stranger = await createBuyer();
    expect(await cancelOrder(stranger.id, { orderId })).toEqual({ ok: false, error: "not_found" });
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.status).toBe("PENDING_PAYMENT");
    expect(await stockOf(bracelet.product.id)).toBe(3);
  });

  it("refuses sellers, admins, signed-out visitors and bad input, and nothing changes", async () => {
    const { bracelet, orderId } = await twoShopOrder();
    for (const role of ["SELLER", "ADMIN"] as const) {
      const user = await createUser(role);
      expect(await cancelOrder(user.id, { orderId })).toEqual({ ok: false, error: "forbidden" });
    }
    expect(await cancelOrder(null, { orderId })).toEqual({ ok: false, error: "not_signed_in" });
    const buyer = await createBuyer();
    for (const input of [{}, { orderId: "" }, { orderId: 12 }, { orderId: "o".repeat(41) }]) {
      expect(await cancelOrder(buyer.id, input)).toMatchObject({ ok: false, error: "invalid_input" });
    }
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("PENDING_PAYMENT");
    expect(await stockOf(bracelet.product.id)).toBe(3);
  });
});
