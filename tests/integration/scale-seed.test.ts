// The 2019-scale seed at a five-hundredth of its size, loaded into its own database: the same rows on
// every run, and the proportions of the real village (sales, orders, agriculture, Double 11, refunds).
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { paidShopOrderWhere, toNumber } from "@/lib/village/scope";
import { afterBulkLoad, type ScaleResult, seedScale, sizeOf } from "@/prisma/seed/scale/index";
import { planScale } from "@/prisma/seed/scale/plan";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../../scripts/lib/throwaway-db";
import { clientFor } from "../support/search-data";

// A fixed end of the year of orders, so 11 November is inside it.
const NOW = new Date("2026-11-30T12:00:00Z");
// A five-hundredth: about 2,600 orders, few enough for seconds, enough that one big order cannot
// outsell the night of Double 11.
const SIZE = sizeOf(1 / 500);

let database: ThrowawayDatabase | undefined;
let db: PrismaClient;
let result: ScaleResult;
let villageId: string;

/** Every planned row of the year of orders, hashed: equal digests mean equal data. */
function digestOfPlan(): string {
  const hash = createHash("sha256");
  const plan = planScale(SIZE, NOW, "not-a-real-hash", new Map());
  hash.update(JSON.stringify([plan.people.users, plan.catalog.shops, plan.catalog.products]));
  for (const day of plan.days()) hash.update(JSON.stringify(day));
  return hash.digest("hex");
}

beforeAll(async () => {
  database = await createThrowawayDatabase("scale_seed");
  result = await seedScale(database.url, SIZE, { now: NOW, pictures: false });
  db = clientFor(database.url);
  await afterBulkLoad(db);
  villageId = (await db.village.findUniqueOrThrow({ where: { slug: "xiaying" } })).id;
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

type Figures = { net: bigint; agriculture: bigint; orders: bigint };

describe("the scale seed at 1/500 of the 2019 village", () => {
  it("plans the same rows every time for the same moment", () => {
    expect(digestOfPlan()).toBe(digestOfPlan());
  });

  it("wrote what it reported, and a second run writes nothing", async () => {
    if (!result.seeded) throw new Error("the first run must write the village");
    const shopOrders = await db.shopOrder.count();
    expect(await db.order.count()).toBe(Object.values(result.totals.orders).reduce((a, b) => a + b, 0));
    expect(shopOrders).toBe(Object.values(result.totals.shopOrders).reduce((a, b) => a + b, 0));
    expect(await db.orderItem.count()).toBe(result.totals.items);
    expect(await db.refund.count()).toBe(result.totals.refunds);
    expect((await seedScale(database?.url ?? "", SIZE, { now: NOW, pictures: false })).seeded).toBe(false);
  });

  it("sells about 400,000 yuan (1/500 of 200 million) in about 2,600 orders, agriculture above 30%", async () => {
    const [figures] = await db.$queryRaw<Figures[]>(Prisma.sql`
      SELECT
        (SELECT sum(so."subtotalFen" - so."refundedFen")
         FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
         WHERE ${paidShopOrderWhere(villageId)}) AS net,
        (SELECT sum(oi."lineTotalFen" - oi."refundedQuantity" * oi."unitPriceFen")
         FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
         JOIN "OrderItem" oi ON oi."shopOrderId" = so."id"
         JOIN "Product" p ON p."id" = oi."productId" JOIN "Category" c ON c."id" = p."categoryId"
         WHERE ${paidShopOrderWhere(villageId)} AND c."kind" = 'AGRICULTURE') AS agriculture,
        (SELECT count(*) FROM "Order") AS orders`);
    const agricultureShare = toNumber(figures?.agriculture) / toNumber(figures?.net);
    expect(toNumber(figures?.net)).toBeGreaterThan(SIZE.netSalesFen * 0.9);
    expect(toNumber(figures?.net)).toBeLessThan(SIZE.netSalesFen * 1.1);
    expect(toNumber(figures?.orders)).toBeGreaterThan(SIZE.orders * 0.85);
    expect(toNumber(figures?.orders)).toBeLessThan(SIZE.orders * 1.15);
    expect(agricultureShare).toBeGreaterThan(0.3);
  });

  it("peaks on Double 11 (Beijing time), at several times an average day", async () => {
    const days = await db.$queryRaw<{ day: string; net: bigint }[]>(Prisma.sql`
      SELECT to_char(so."paidAt" + interval '8 hours', 'MM-DD') AS day, sum(so."subtotalFen" - so."refundedFen") AS net
      FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
      WHERE ${paidShopOrderWhere(villageId)}
      GROUP BY 1 ORDER BY net DESC`);
    expect(days[0]?.day).toBe("11-11");
    const average = days.reduce((sum, d) => sum + toNumber(d.net), 0) / days.length;
    expect(toNumber(days[0]?.net)).toBeGreaterThan(3 * average);
  });

  it("has delivered, shipped and waiting parcels, cancellations, and full and partial refunds", async () => {
    const byStatus = Object.fromEntries(
      (await db.shopOrder.groupBy({ by: ["status"], _count: true })).map((g) => [g.status, g._count]),
    );
    const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
    expect((byStatus.DELIVERED ?? 0) / total).toBeGreaterThan(0.85);
    for (const status of ["SHIPPED", "PAID", "CANCELLED", "REFUNDED", "PENDING_PAYMENT"] as const)
      expect(byStatus[status] ?? 0).toBeGreaterThan(0);
    const partial = await db.shopOrder.count({
      where: { refundedFen: { gt: 0 }, status: { not: "REFUNDED" } },
    });
    expect(partial).toBeGreaterThan(0);
  });

  it("keeps the books whole: net sales = commission earned + payouts made, refunds = their lines", async () => {
    const [books] = await db.$queryRaw<{ net: bigint; commission: bigint; paid: bigint }[]>(Prisma.sql`
      SELECT sum(so."subtotalFen" - so."refundedFen") AS net,
             sum(so."commissionFen" - so."refundedCommissionFen") AS commission,
             sum(po."transferredFen") - coalesce((SELECT sum(r."reversalFen") FROM "Refund" r WHERE r."reversalRef" IS NOT NULL), 0) AS paid
      FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId" JOIN "Payout" po ON po."shopOrderId" = so."id"
      WHERE ${paidShopOrderWhere(villageId)}`);
    expect(toNumber(books?.net)).toBe(toNumber(books?.commission) + toNumber(books?.paid));
    const mismatched = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT so."id" FROM "ShopOrder" so
      LEFT JOIN (SELECT "shopOrderId", sum("amountFen") AS fen FROM "Refund" GROUP BY 1) r ON r."shopOrderId" = so."id"
      LEFT JOIN (SELECT "shopOrderId", sum("refundedQuantity" * "unitPriceFen") AS fen FROM "OrderItem" GROUP BY 1) oi ON oi."shopOrderId" = so."id"
      WHERE so."refundedFen" <> coalesce(r.fen, 0) OR so."refundedFen" <> coalesce(oi.fen, 0)`);
    expect(mismatched).toEqual([]);
  });

  it("starts with sales rollups equal to its rows (loaded with the triggers off, rebuilt after)", async () => {
    const [sums] = await db.$queryRaw<
      { rolledNet: bigint; rawNet: bigint; rolledParcels: bigint; rawParcels: bigint }[]
    >(
      Prisma.sql`
      SELECT (SELECT sum("grossFen" - "refundsFen") FROM "ShopMonthSales" WHERE "villageId" = ${villageId}) AS "rolledNet",
             (SELECT sum("parcels") FROM "ShopMonthSales" WHERE "villageId" = ${villageId}) AS "rolledParcels",
             sum(so."subtotalFen" - so."refundedFen") AS "rawNet", count(*) AS "rawParcels"
      FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
      WHERE ${paidShopOrderWhere(villageId)}`,
    );
    expect(toNumber(sums?.rawParcels)).toBeGreaterThan(0);
    expect(toNumber(sums?.rolledNet)).toBe(toNumber(sums?.rawNet));
    expect(toNumber(sums?.rolledParcels)).toBe(toNumber(sums?.rawParcels));
  });

  it("gives every shop its status history, which the title's active-shop rule reads", async () => {
    const withoutHistory = await db.shop.count({ where: { villageId, statusChanges: { none: {} } } });
    expect(withoutHistory).toBe(0);
  });

  it("has the village's households, and every shop's seller lives in one of them", async () => {
    expect(await db.household.count({ where: { villageId } })).toBe(339);
    expect(await db.shop.count({ where: { villageId } })).toBe(SIZE.shops);
    const homeless = await db.shop.count({ where: { villageId, owner: { householdId: null } } });
    expect(homeless).toBe(0);
    const selling = await db.household.count({
      where: { villageId, members: { some: { shop: { isNot: null } } } },
    });
    expect(selling).toBe(SIZE.sellingHouseholds);
  });
});
