import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { placeOrder } from "@/lib/orders/checkout";
import { payOrder } from "@/lib/payments/checkout-session";
import { createUser } from "../support/factories";
import {
  createBuyer,
  createListedProduct,
  fillCart,
  ordersOf,
  stockOf,
  validAddress,
} from "../support/store-factories";

describe("checkout", () => {
  it("splits one order into a parcel per shop, with prices and titles copied from the database", async () => {
    const buyer = await createBuyer();
    const bracelet = await createListedProduct({ priceFen: 12_800, stock: 3 });
    const tea = await createListedProduct({ priceFen: 6_650, stock: 10 });
    await fillCart(buyer.id, [
      { productId: bracelet.product.id, quantity: 2 },
      { productId: tea.product.id, quantity: 3 },
    ]);

    const result = await placeOrder(buyer.id, validAddress);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.number).toMatch(/^XY\d{8}\d{6}$/);
    expect(result.data.redirectUrl).toBe(`/pay/${result.data.orderId}`);
    const [order] = await ordersOf(buyer.id);
    expect(order?.totalFen).toBe(2 * 12_800 + 3 * 6_650);
    expect(order?.status).toBe("PENDING_PAYMENT");
    expect(order?.recipientPhone).toBe("13800138000");
    const parcels = new Map(order?.shopOrders.map((parcel) => [parcel.shopId, parcel]));
    expect(parcels.get(bracelet.shop.id)?.subtotalFen).toBe(25_600);
    expect(parcels.get(tea.shop.id)?.subtotalFen).toBe(19_950);
    expect(parcels.get(bracelet.shop.id)?.items[0]).toMatchObject({
      titleZh: bracelet.product.titleZh,
      unitPriceFen: 12_800,
      quantity: 2,
      lineTotalFen: 25_600,
    });
    expect(await stockOf(bracelet.product.id)).toBe(1);
    expect(await stockOf(tea.product.id)).toBe(7);
    const payment = await db.payment.findFirst({ where: { orderId: result.data.orderId } });
    // The payment record is written with the order; the pay page then opens the provider's checkout.
    expect(payment).toMatchObject({ provider: "stripe", amountFen: 45_550, status: "PENDING", attempt: 1 });
    expect(payment?.providerRef).toBeNull();
    const opened = await payOrder(buyer.id, { orderId: result.data.orderId });
    expect(opened).toMatchObject({ ok: true, data: { url: expect.stringMatching(/\/checkout\/pay\/cs_/) } });
    const withSession = await db.payment.findFirstOrThrow({ where: { orderId: result.data.orderId } });
    expect(withSession.providerRef).toMatch(/^cs_/);
    // Each parcel carries the village's 5% commission and the seller's payout, summing to its subtotal.
    expect(parcels.get(bracelet.shop.id)).toMatchObject({ commissionFen: 1_280, payoutFen: 24_320 });
    expect(parcels.get(tea.shop.id)).toMatchObject({ commissionFen: 997, payoutFen: 18_953 });
    expect(await db.cartItem.count({ where: { cart: { userId: buyer.id } } })).toBe(0);
  });

  it("20 buyers checking out at once for 5 in stock: exactly 5 orders, stock 0, never below", async () => {
    const { product } = await createListedProduct({ stock: 5, priceFen: 9_900 });
    const buyers = await Promise.all(Array.from({ length: 20 }, () => createBuyer()));
    for (const buyer of buyers) await fillCart(buyer.id, [{ productId: product.id, quantity: 1 }]);

    const results = await Promise.all(buyers.map((buyer) => placeOrder(buyer.id, validAddress)));

    const succeeded = results.filter((result) => result.ok);
    const refused = results.filter((result) => !result.ok);
    expect(succeeded).toHaveLength(5);
    expect(refused).toHaveLength(15);
    for (const result of refused) {
      expect(result).toMatchObject({
        error: "sold_out",
        product: { id: product.id, titleZh: product.titleZh },
      });
    }
    expect(await stockOf(product.id)).toBe(0);
    const orders = await db.order.findMany({ where: { buyerId: { in: buyers.map((b) => b.id) } } });
    expect(orders).toHaveLength(5);
    const items = await db.orderItem.aggregate({
      where: { productId: product.id },
      _sum: { quantity: true },
    });
    expect(items._sum.quantity).toBe(5);
    // The refused buyers keep their cart, so they can see what ran out.
    const refusedBuyers = buyers.filter((_, index) => !results[index]?.ok).map((b) => b.id);
    expect(await db.cartItem.count({ where: { cart: { userId: { in: refusedBuyers } } } })).toBe(15);
  });

  it("rolls back the whole order when one item runs out: no rows, other stock untouched", async () => {
    const buyer = await createBuyer();
    const plenty = await createListedProduct({ stock: 10 });
    const scarce = await createListedProduct({ stock: 1 });
    await fillCart(buyer.id, [
      { productId: plenty.product.id, quantity: 4 },
      { productId: scarce.product.id, quantity: 2 },
    ]);

    const result = await placeOrder(buyer.id, validAddress);

    expect(result).toMatchObject({ ok: false, error: "sold_out", product: { id: scarce.product.id } });
    expect(await stockOf(plenty.product.id)).toBe(10);
    expect(await stockOf(scarce.product.id)).toBe(1);
    expect(await ordersOf(buyer.id)).toHaveLength(0);
    expect(await db.payment.count({ where: { order: { buyerId: buyer.id } } })).toBe(0);
  });

  it("ignores any price, total, shop or item the form claims: totals come from the database", async () => {
    const buyer = await createBuyer();
    const { product } = await createListedProduct({ priceFen: 50_000, stock: 5 });
    const other = await createListedProduct({ priceFen: 1, stock: 5 });
    await fillCart(buyer.id, [{ productId: product.id, quantity: 2 }]);

    const result = await placeOrder(buyer.id, {
      ...validAddress,
      priceFen: "1",
      unitPriceFen: 1,
      totalFen: "1",
      subtotalFen: 1,
      shopId: other.shop.id,
      buyerId: "someone-else",
      status: "PAID",
      items: [{ productId: other.product.id, quantity: 1, priceFen: 1 }],
    });

    expect(result.ok).toBe(true);
    const [order] = await ordersOf(buyer.id);
    expect(order?.totalFen).toBe(100_000);
    expect(order?.status).toBe("PENDING_PAYMENT");
    expect(order?.shopOrders.map((parcel) => parcel.shopId)).toEqual([product.shopId]);
    expect(order?.shopOrders[0]?.items[0]).toMatchObject({ unitPriceFen: 50_000, quantity: 2 });
    expect(await stockOf(other.product.id)).toBe(5);
  });

  it("refuses a product whose shop was suspended after it went into the cart", async () => {
    const buyer = await createBuyer();
    const { product, shop } = await createListedProduct({ stock: 5 });
    await fillCart(buyer.id, [{ productId: product.id, quantity: 1 }]);
    await db.shop.update({ where: { id: shop.id }, data: { status: "SUSPENDED" } });

    const result = await placeOrder(buyer.id, validAddress);

    expect(result).toMatchObject({ ok: false, error: "unavailable", product: { id: product.id } });
    expect(await stockOf(product.id)).toBe(5);
    expect(await ordersOf(buyer.id)).toHaveLength(0);
  });

  it("one buyer checking out one cart five times at once (tabs, double taps): one order, all sent to it", async () => {
    const buyer = await createBuyer();
    const { product } = await createListedProduct({ stock: 10, priceFen: 4_000 });
    await fillCart(buyer.id, [{ productId: product.id, quantity: 2 }]);

    const results = await Promise.all(Array.from({ length: 5 }, () => placeOrder(buyer.id, validAddress)));

    expect(await ordersOf(buyer.id)).toHaveLength(1);
    expect(await stockOf(product.id)).toBe(8);
    const ids = results.map((r) => (r.ok ? r.data.orderId : r.error));
    expect(new Set(ids).size).toBe(1);
    const repeats = results.filter((r) => r.ok && r.data.alreadyPlaced);
    expect(repeats).toHaveLength(4);
  });

  it("refuses an empty cart", async () => {
    const buyer = await createBuyer();
    expect(await placeOrder(buyer.id, validAddress)).toMatchObject({ ok: false, error: "cart_empty" });
    await fillCart(buyer.id, []);
    expect(await placeOrder(buyer.id, validAddress)).toMatchObject({ ok: false, error: "cart_empty" });
    expect(await ordersOf(buyer.id)).toHaveLength(0);
  });

  it("refuses sellers, admins and signed-out visitors, and writes nothing", async () => {
    const { product } = await createListedProduct({ stock: 5 });
    for (const role of ["SELLER", "ADMIN"] as const) {
      const user = await createUser(role);
      await fillCart(user.id, [{ productId: product.id, quantity: 1 }]);
      expect(await placeOrder(user.id, validAddress)).toMatchObject({ ok: false, error: "forbidden" });
      expect(await ordersOf(user.id)).toHaveLength(0);
    }
    expect(await placeOrder(null, validAddress)).toMatchObject({ ok: false, error: "not_signed_in" });
    expect(await placeOrder("no-such-user", validAddress)).toMatchObject({
      ok: false,
      error: "not_signed_in",
    });
    expect(await stockOf(product.id)).toBe(5);
  });

  describe("address", () => {
    it.each([
      ["everything missing", {}, ["recipientName", "recipientPhone", "province", "city", "addressLine"]],
      ["blank name", { recipientName: "   " }, ["recipientName"]],
      ["name too long", { recipientName: "李".repeat(41) }, ["recipientName"]],
      ["phone with letters", { recipientPhone: "1380013800a" }, ["recipientPhone"]],
      ["phone too short", { recipientPhone: "1380013800" }, ["recipientPhone"]],
      ["landline", { recipientPhone: "02788888888" }, ["recipientPhone"]],
      ["negative phone", { recipientPhone: "-13800138000" }, ["recipientPhone"]],
      ["phone with 12 digits", { recipientPhone: "138001380001" }, ["recipientPhone"]],
      ["address too long", { addressLine: "路".repeat(201) }, ["addressLine"]],
      ["postal code not 6 digits", { postalCode: "44260" }, ["postalCode"]],
      ["province not text", { province: 42 }, ["province"]],
    ])("%s gives field errors and writes nothing", async (_case, change, fields) => {
      const buyer = await createBuyer();
      const { product } = await createListedProduct({ stock: 5 });
      await fillCart(buyer.id, [{ productId: product.id, quantity: 1 }]);
      const input = Object.keys(change).length === 0 ? {} : { ...validAddress, ...change };

      const result = await placeOrder(buyer.id, input);

      expect(result.ok).toBe(false);
      if (result.ok || !("fieldErrors" in result)) throw new Error("expected field errors");
      expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([...fields].sort());
      expect(await ordersOf(buyer.id)).toHaveLength(0);
      expect(await stockOf(product.id)).toBe(5);
    });

    it("accepts a phone written with spaces and no postal code", async () => {
      const buyer = await createBuyer();
      const { product } = await createListedProduct({ stock: 5 });
      await fillCart(buyer.id, [{ productId: product.id, quantity: 1 }]);
      const { postalCode: _omitted, ...address } = validAddress;

      const result = await placeOrder(buyer.id, { ...address, recipientPhone: "+86 138-0013 8000" });

      expect(result.ok).toBe(true);
      const [order] = await ordersOf(buyer.id);
      expect(order).toMatchObject({ recipientPhone: "13800138000", postalCode: "" });
    });
  });
});
