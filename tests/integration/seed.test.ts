// The demo seed, run into the test database: what a buyer, a seller and the village admin would see.
import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { DEMO_PASSWORD, planDemoData, type SeedResult, seedDemoData } from "@/prisma/seed/index";

let village: { id: string };
let first: SeedResult;

type PaidDay = { day: string; salesFen: bigint };

const tableCounts = async () => ({
  villages: await db.village.count(),
  households: await db.household.count(),
  users: await db.user.count(),
  categories: await db.category.count(),
  shops: await db.shop.count(),
  products: await db.product.count(),
  images: await db.productImage.count(),
  orders: await db.order.count(),
  shopOrders: await db.shopOrder.count(),
  items: await db.orderItem.count(),
  payments: await db.payment.count(),
  events: await db.paymentEvent.count(),
});

beforeAll(async () => {
  first = await seedDemoData(db);
  village = await db.village.findUniqueOrThrow({ where: { slug: "xiaying" }, select: { id: true } });
}, 240_000);

describe("the demo seed", () => {
  it("writes the village the first time it runs", () => {
    expect(first.seeded).toBe(true);
  });

  it("has Xiaying's 339 households, 179 of them formerly poor", async () => {
    expect(await db.household.count({ where: { villageId: village.id } })).toBe(339);
    expect(await db.household.count({ where: { villageId: village.id, formerlyPoor: true } })).toBe(179);
  });

  it("has at least 24 shops: 10+ active turquoise shops and 10+ active farm-produce shops", async () => {
    const shops = await db.shop.findMany({
      where: { villageId: village.id },
      select: { slug: true, status: true, products: { select: { category: { select: { kind: true } } } } },
    });
    expect(shops.length).toBeGreaterThanOrEqual(24);
    const active = shops.filter((s) => s.status === "ACTIVE");
    const kinds = (s: (typeof shops)[number]) => new Set(s.products.map((p) => p.category.kind));
    expect(active.filter((s) => kinds(s).has("CRAFTS")).length).toBeGreaterThanOrEqual(10);
    expect(
      active.filter((s) => kinds(s).size === 1 && kinds(s).has("AGRICULTURE")).length,
    ).toBeGreaterThanOrEqual(10);
    const status = Object.fromEntries(shops.map((s) => [s.slug, s.status]));
    expect(status["guo-mingfeng-turquoise"]).toBe("ACTIVE");
    expect(status["wang-huajian-tea"]).toBe("ACTIVE");
    expect(status["pending-honey"]).toBe("PENDING");
    expect(shops.filter((s) => s.status === "SUSPENDED")).toHaveLength(1);
  });

  it("lists 100+ products, each with a WebP picture under 60 KB, and bilingual text", async () => {
    const products = await db.product.findMany({
      where: { shop: { villageId: village.id } },
      select: {
        titleZh: true,
        titleEn: true,
        priceFen: true,
        stock: true,
        images: { select: { mimeType: true, width: true, height: true, data: true } },
      },
    });
    expect(products.length).toBeGreaterThanOrEqual(100);
    for (const product of products) {
      expect(product.titleZh).toMatch(/[\u4e00-\u9fff]/);
      expect(product.titleEn).toMatch(/^[\x20-\x7e–]+$/);
      expect(Number.isInteger(product.priceFen) && product.priceFen > 0).toBe(true);
      expect(product.stock).toBeGreaterThanOrEqual(0);
      expect(product.images.length).toBeGreaterThanOrEqual(1);
      for (const image of product.images) {
        expect(image).toMatchObject({ mimeType: "image/webp", width: 800, height: 800 });
        expect(Buffer.from(image.data).subarray(8, 12).toString("latin1")).toBe("WEBP");
        expect(image.data.byteLength).toBeLessThan(60 * 1024);
      }
    }
    expect(products.some((p) => p.stock === 0)).toBe(true);
  });

  it("gives Guo several turquoise bracelets and Wang several teas", async () => {
    const guo = await db.product.count({
      where: {
        shop: { slug: "guo-mingfeng-turquoise" },
        status: "ACTIVE",
        titleEn: { contains: "bracelet" },
      },
    });
    const wang = await db.product.count({
      where: { shop: { slug: "wang-huajian-tea" }, status: "ACTIVE", category: { slug: "tea" } },
    });
    expect(guo).toBeGreaterThanOrEqual(3);
    expect(wang).toBeGreaterThanOrEqual(3);
  });

  it("creates the demo accounts with their roles and the shared demo password", async () => {
    const expected = {
      "admin@xiaying.test": "ADMIN",
      "buyer@xiaying.test": "BUYER",
      "buyer2@xiaying.test": "BUYER",
      "guo@xiaying.test": "SELLER",
      "wang@xiaying.test": "SELLER",
      "pending@xiaying.test": "SELLER",
    } as const;
    const users = await db.user.findMany({
      where: { email: { in: Object.keys(expected) } },
      select: { email: true, role: true, passwordHash: true, villageId: true, householdId: true, shop: true },
    });
    expect(Object.fromEntries(users.map((u) => [u.email, u.role]))).toEqual(expected);
    expect(await verifyPassword(users[0]?.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
    expect(users.find((u) => u.email === "admin@xiaying.test")?.villageId).toBe(village.id);
    const sellers = await db.user.findMany({
      where: { shop: { villageId: village.id } },
      select: { householdId: true },
    });
    expect(sellers.every((s) => s.householdId)).toBe(true);
    expect(new Set(sellers.map((s) => s.householdId)).size).toBe(sellers.length);
    expect(users.find((u) => u.email === "pending@xiaying.test")?.shop?.slug).toBe("pending-honey");
  });

  it("adds up every order: lines, parcel subtotals, order totals and payments", async () => {
    // Only the seed's own orders: other test files in this run write orders of their own villages.
    const [mismatch] = await db.$queryRaw<{ parcels: bigint; orders: bigint; payments: bigint }[]>`
      WITH village_orders AS (
        SELECT DISTINCT so."orderId" AS id FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
        WHERE s."villageId" = ${village.id})
      SELECT
        (SELECT count(*) FROM "ShopOrder" so WHERE so."orderId" IN (SELECT id FROM village_orders) AND so."subtotalFen" <>
          (SELECT coalesce(sum(i."lineTotalFen"), -1) FROM "OrderItem" i WHERE i."shopOrderId" = so."id")) AS "parcels",
        (SELECT count(*) FROM "Order" o WHERE o."id" IN (SELECT id FROM village_orders) AND o."totalFen" <>
          (SELECT coalesce(sum(so."subtotalFen"), -1) FROM "ShopOrder" so WHERE so."orderId" = o."id")) AS "orders",
        (SELECT count(*) FROM "Order" o WHERE o."id" IN (SELECT id FROM village_orders) AND o."status" = 'PAID' AND NOT EXISTS (
          SELECT 1 FROM "Payment" p WHERE p."orderId" = o."id" AND p."status" = 'SUCCEEDED' AND p."amountFen" = o."totalFen")) AS "payments"`;
    expect(mismatch).toEqual({ parcels: 0n, orders: 0n, payments: 0n });
  });

  it("sells 6–9 million yuan over the year, a third or so of it farm produce", async () => {
    const [sales] = await db.$queryRaw<{ total: bigint; agriculture: bigint }[]>`
      SELECT sum(i."lineTotalFen")::bigint AS "total",
             sum(i."lineTotalFen") FILTER (WHERE c."kind" = 'AGRICULTURE')::bigint AS "agriculture"
      FROM "OrderItem" i
      JOIN "ShopOrder" so ON so."id" = i."shopOrderId"
      JOIN "Shop" s ON s."id" = so."shopId"
      JOIN "Product" p ON p."id" = i."productId"
      JOIN "Category" c ON c."id" = p."categoryId"
      WHERE s."villageId" = ${village.id} AND so."status" IN ('PAID', 'SHIPPED', 'DELIVERED')`;
    const total = Number(sales?.total ?? 0) / 100;
    expect(total).toBeGreaterThan(6_000_000);
    expect(total).toBeLessThan(9_000_000);
    const share = Number(sales?.agriculture ?? 0) / 100 / total;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.4);
  });

  it("peaks on Double 11: 11 November is the best day, and 1–11 November far above the rest", async () => {
    const days = await db.$queryRaw<PaidDay[]>`
      SELECT to_char(so."paidAt" + interval '8 hours', 'YYYY-MM-DD') AS "day", sum(so."subtotalFen")::bigint AS "salesFen"
      FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
      WHERE s."villageId" = ${village.id} AND so."status" IN ('PAID', 'SHIPPED', 'DELIVERED')
      GROUP BY 1 ORDER BY 2 DESC`;
    expect(days[0]?.day).toMatch(/-11-11$/);
    const festival = days.filter((d) => /-11-(0[1-9]|1[01])$/.test(d.day));
    const others = days.filter((d) => !festival.includes(d));
    const average = (list: PaidDay[]) => list.reduce((sum, d) => sum + Number(d.salesFen), 0) / list.length;
    expect(festival.length).toBeGreaterThanOrEqual(6);
    expect(average(festival)).toBeGreaterThan(2 * average(others));

    const [guo] = await db.$queryRaw<{ salesFen: bigint }[]>`
      SELECT sum(so."subtotalFen")::bigint AS "salesFen" FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
      WHERE s."slug" = 'guo-mingfeng-turquoise' AND so."status" IN ('PAID', 'SHIPPED', 'DELIVERED')
        AND to_char(so."paidAt" + interval '8 hours', 'YYYY-MM-DD') = ${days[0]?.day}`;
    expect(Number(guo?.salesFen ?? 0)).toBeGreaterThanOrEqual(5_000_000);
    expect(Number(guo?.salesFen ?? 0)).toBeLessThan(5_500_000);
  });

  it("gives the demo buyer a two-shop order: one parcel shipped with SF Express, one waiting", async () => {
    const orders = await db.order.findMany({
      where: { buyer: { email: "buyer@xiaying.test" } },
      select: {
        shopOrders: { select: { status: true, courier: true, trackingNumber: true, shippedAt: true } },
      },
    });
    expect(orders.length).toBeGreaterThanOrEqual(3);
    expect(orders.length).toBeLessThanOrEqual(4);
    const split = orders.find(
      (o) => o.shopOrders.length === 2 && o.shopOrders.some((p) => p.status === "PAID"),
    );
    expect(split?.shopOrders).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          status: "SHIPPED",
          courier: "SF",
          trackingNumber: expect.stringMatching(/^SF\d{13}$/),
        }),
        expect.objectContaining({ status: "PAID", courier: null, trackingNumber: null, shippedAt: null }),
      ]),
    );
  });

  it("leaves Guo and Wang parcels to ship, and keeps shipped parcels' courier and tracking", async () => {
    for (const slug of ["guo-mingfeng-turquoise", "wang-huajian-tea"]) {
      expect(await db.shopOrder.count({ where: { shop: { slug }, status: "PAID" } })).toBeGreaterThanOrEqual(
        3,
      );
    }
    expect(
      await db.shopOrder.count({
        where: {
          shop: { villageId: village.id },
          status: { in: ["SHIPPED", "DELIVERED"] },
          OR: [{ courier: null }, { trackingNumber: null }, { shippedAt: null }],
        },
      }),
    ).toBe(0);
  });

  it("writes nothing when run a second time", async () => {
    const before = await tableCounts();
    expect(await seedDemoData(db)).toEqual({ seeded: false });
    expect(await tableCounts()).toEqual(before);
  });

  it("plans the same data every time for the same moment", () => {
    const now = new Date("2026-11-23T04:00:00Z");
    const a = planDemoData(now, "hash", new Map());
    const b = planDemoData(now, "hash", new Map());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
