import { describe, expect, it } from "vitest";
import { couriers } from "@/lib/couriers";
import { db } from "@/lib/db/client";
import { getOwnShopOrder, listOwnShopOrders } from "@/lib/seller/orders";
import { markShopOrderShipped } from "@/lib/seller/ship";
import { createUser } from "../support/factories";
import { parcelFor, sellerWithShop } from "../support/seller-factories";

function parcelRow(id: string) {
  return db.shopOrder.findUniqueOrThrow({
    where: { id },
    select: { status: true, courier: true, trackingNumber: true, shippedAt: true },
  });
}

describe("a seller's orders", () => {
  it("lists only this shop's paid parcels, newest first, split into to ship and shipped", async () => {
    const { shop, seller } = await sellerWithShop();
    const older = await parcelFor(shop.id, { status: "PAID" });
    const sent = await parcelFor(shop.id, { status: "SHIPPED" });
    const arrived = await parcelFor(shop.id, { status: "DELIVERED" });
    const newer = await parcelFor(shop.id, { status: "PAID" });
    await parcelFor(shop.id, { status: "PENDING_PAYMENT" });
    await parcelFor(shop.id, { status: "CANCELLED", paidAt: null });
    const elsewhere = await sellerWithShop();
    await parcelFor(elsewhere.shop.id, { status: "PAID" });

    const toShip = await listOwnShopOrders(seller.id, "to-ship");
    expect(toShip.parcels.map((p) => p.id)).toEqual([newer.parcel.id, older.parcel.id]);
    expect(toShip.counts).toEqual({ "to-ship": 2, shipped: 2, all: 4 });
    const shipped = await listOwnShopOrders(seller.id, "shipped");
    expect(shipped.parcels.map((p) => p.id)).toEqual([arrived.parcel.id, sent.parcel.id]);
    const all = await listOwnShopOrders(seller.id, "all");
    expect(all.parcels.map((p) => p.id)).toEqual([
      newer.parcel.id,
      arrived.parcel.id,
      sent.parcel.id,
      older.parcel.id,
    ]);
    expect(all.parcels[0]).toMatchObject({ subtotalFen: 10_000, order: { city: "十堰市" } });
    expect(all.parcels[0]!.items.map((item) => item.quantity)).toEqual([2]);
  });

  it("opens this shop's parcel with its address, and not another shop's", async () => {
    const { shop, seller } = await sellerWithShop();
    const { parcel } = await parcelFor(shop.id);
    const other = await sellerWithShop();
    expect(await getOwnShopOrder(seller.id, parcel.id)).toMatchObject({
      id: parcel.id,
      order: { recipientName: "收件人", recipientPhone: "13800000000", addressLine: "郧西县下营村" },
    });
    expect(await getOwnShopOrder(other.seller.id, parcel.id)).toBeNull();
  });
});

describe("a seller marks a parcel shipped", () => {
  it("sets the courier, the tracking number and when, once", async () => {
    const { shop, seller } = await sellerWithShop();
    const { parcel } = await parcelFor(shop.id);
    const before = Date.now();
    const result = await markShopOrderShipped(seller.id, {
      shopOrderId: parcel.id,
      courier: "SF",
      trackingNumber: " sf 1234 5678 90 ",
    });
    expect(result).toEqual({ ok: true, data: { shopOrderId: parcel.id } });
    const row = await parcelRow(parcel.id);
    expect(row).toMatchObject({ status: "SHIPPED", courier: "SF", trackingNumber: "SF1234567890" });
    expect(row.shippedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);

    const again = await markShopOrderShipped(seller.id, {
      shopOrderId: parcel.id,
      courier: "JD",
      trackingNumber: "JD0000000001",
    });
    expect(again).toEqual({ ok: false, error: "already_shipped" });
    expect(await parcelRow(parcel.id)).toEqual(row);
  });

  it("ships a parcel exactly once when the button is pressed five times at once", async () => {
    const { shop, seller } = await sellerWithShop();
    const { parcel } = await parcelFor(shop.id);
    const results = await Promise.all(
      ["SF", "JD", "EMS", "ZTO", "YTO"].map((courier) =>
        markShopOrderShipped(seller.id, {
          shopOrderId: parcel.id,
          courier,
          trackingNumber: `${courier}123456`,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error)).toEqual(
      Array(4).fill("already_shipped"),
    );
  });

  it("refuses another shop's parcel as not found and changes nothing", async () => {
    const { shop } = await sellerWithShop();
    const { parcel } = await parcelFor(shop.id);
    const other = await sellerWithShop();
    const before = await parcelRow(parcel.id);
    const result = await markShopOrderShipped(other.seller.id, {
      shopOrderId: parcel.id,
      courier: "SF",
      trackingNumber: "SF1234567890",
    });
    expect(result).toEqual({ ok: false, error: "not_found" });
    expect(await parcelRow(parcel.id)).toEqual(before);
  });

  it.each([
    ["a buyer", "BUYER"],
    ["an admin", "ADMIN"],
  ] as const)("refuses %s and changes nothing", async (_who, role) => {
    const { shop } = await sellerWithShop();
    const { parcel, buyer } = await parcelFor(shop.id);
    const user = role === "BUYER" ? buyer : await createUser(role);
    const before = await parcelRow(parcel.id);
    const result = await markShopOrderShipped(user.id, {
      shopOrderId: parcel.id,
      courier: "SF",
      trackingNumber: "SF1234567890",
    });
    expect(result).toEqual({ ok: false, error: "forbidden" });
    expect(await parcelRow(parcel.id)).toEqual(before);
  });

  it("refuses a signed-out visitor and changes nothing", async () => {
    const { shop } = await sellerWithShop();
    const { parcel } = await parcelFor(shop.id);
    const before = await parcelRow(parcel.id);
    const result = await markShopOrderShipped(null, {
      shopOrderId: parcel.id,
      courier: "SF",
      trackingNumber: "SF1234567890",
    });
    expect(result).toEqual({ ok: false, error: "not_signed_in" });
    expect(await parcelRow(parcel.id)).toEqual(before);
  });

  it.each([
    ["an unknown courier", { courier: "FEDEX" }, "courier", "courier_invalid"],
    ["no courier", { courier: "" }, "courier", "courier_invalid"],
    ["a courier name instead of its code", { courier: "SF Express" }, "courier", "courier_invalid"],
    ["no tracking number", { trackingNumber: "" }, "trackingNumber", "tracking_invalid"],
    ["a tracking number of 5 characters", { trackingNumber: "12345" }, "trackingNumber", "tracking_invalid"],
    [
      "a tracking number of 33 characters",
      { trackingNumber: "1".repeat(33) },
      "trackingNumber",
      "tracking_invalid",
    ],
    [
      "a tracking number with punctuation",
      { trackingNumber: "SF-123456" },
      "trackingNumber",
      "tracking_invalid",
    ],
    [
      "a tracking number with Chinese",
      { trackingNumber: "顺丰123456" },
      "trackingNumber",
      "tracking_invalid",
    ],
  ])("answers %s with a field error and writes nothing", async (_case, override, field, code) => {
    const { shop, seller } = await sellerWithShop();
    const { parcel } = await parcelFor(shop.id);
    const before = await parcelRow(parcel.id);
    const result = await markShopOrderShipped(seller.id, {
      shopOrderId: parcel.id,
      courier: "SF",
      trackingNumber: "SF1234567890",
      ...override,
    });
    expect(result).toMatchObject({ ok: false, error: "invalid_input" });
    expect(!result.ok && result.fieldErrors?.[field]).toEqual([code]);
    expect(await parcelRow(parcel.id)).toEqual(before);
  });

  it("refuses to ship a parcel that is not paid", async () => {
    const { shop, seller } = await sellerWithShop();
    const { parcel } = await parcelFor(shop.id, { status: "PENDING_PAYMENT" });
    const before = await parcelRow(parcel.id);
    const result = await markShopOrderShipped(seller.id, {
      shopOrderId: parcel.id,
      courier: "SF",
      trackingNumber: "SF1234567890",
    });
    expect(result).toEqual({ ok: false, error: "not_paid" });
    expect(await parcelRow(parcel.id)).toEqual(before);
  });

  it("takes every one of the eleven couriers", async () => {
    const { shop, seller } = await sellerWithShop();
    for (const courier of couriers) {
      const { parcel } = await parcelFor(shop.id);
      const result = await markShopOrderShipped(seller.id, {
        shopOrderId: parcel.id,
        courier: courier.code,
        trackingNumber: "7700112233",
      });
      expect(result.ok).toBe(true);
      expect((await parcelRow(parcel.id)).courier).toBe(courier.code);
    }
    expect(couriers).toHaveLength(11);
  });
});
