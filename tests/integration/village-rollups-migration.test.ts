// The village rollups migration on sales already in the shop rollups: it fills the village stripes
// and the twelve-month rows from them, so the admin page reads the same the moment it has run, and
// the triggers it replaces keep both from then on.
import { describe, expect, it } from "vitest";
import { databaseBefore } from "../support/migration-database";
import { TWO_SHOP_VILLAGE_SQL } from "../support/two-shop-village";

const db = databaseBefore("20261201160100_village_sales_rollups", "village_rollups_migration");

const totals = async () =>
  (
    await db.client.query(`
      SELECT to_char("month", 'YYYY-MM') AS "month", SUM("parcels")::int AS "parcels", SUM("orders")::int AS "orders",
             SUM("grossFen")::int AS "grossFen", SUM("refundsFen")::int AS "refundsFen"
      FROM "VillageMonthSales" GROUP BY 1 ORDER BY 1`)
  ).rows;

describe("the village rollups migration", () => {
  it("sums the shop rollups already there into the village and twelve-month rows", async () => {
    await db.client.query(`${TWO_SHOP_VILLAGE_SQL}
      INSERT INTO "Order" (id, number, "buyerId", status, "totalFen", "recipientName", "recipientPhone", province, city, "addressLine", "paidAt") VALUES
        ('o1', 'XY1', 'b', 'PAID', 5000, 'n', '13800138000', 'p', 'c', 'a', '2026-01-31 16:30'),
        ('o2', 'XY2', 'b', 'PAID', 3000, 'n', '13800138000', 'p', 'c', 'a', '2026-03-10 02:00');
      -- One checkout of two parcels on 1 February (Beijing), one unit of shop a's two refunded; one
      -- parcel of shop b on 10 March.
      INSERT INTO "ShopOrder" (id, "orderId", "shopId", status, "subtotalFen", "commissionFen", "payoutFen", "refundedFen", "paidAt") VALUES
        ('so1', 'o1', 'a', 'DELIVERED', 2000, 100, 1900, 1000, '2026-01-31 16:30'),
        ('so2', 'o1', 'b', 'PAID', 3000, 150, 2850, 0, '2026-01-31 16:30'),
        ('so3', 'o2', 'b', 'PAID', 3000, 150, 2850, 0, '2026-03-10 02:00');
      INSERT INTO "OrderItem" (id, "shopOrderId", "productId", "titleZh", "titleEn", "unitPriceFen", quantity, "lineTotalFen", "refundedQuantity") VALUES
        ('i1', 'so1', 'pa', '茶', 'Tea', 1000, 2, 2000, 1), ('i2', 'so2', 'pb', '茶', 'Tea', 3000, 1, 3000, 0),
        ('i3', 'so3', 'pb', '茶', 'Tea', 3000, 1, 3000, 0);`);

    await db.migrate();

    expect(await totals()).toEqual([
      { month: "2026-02", parcels: 2, orders: 1, grossFen: 5000, refundsFen: 1000 },
      { month: "2026-03", parcels: 1, orders: 1, grossFen: 3000, refundsFen: 0 },
    ]);
    const days = await db.client.query(
      `SELECT to_char("day", 'YYYY-MM-DD') AS "day", SUM("grossFen")::int AS "grossFen" FROM "VillageDaySales" GROUP BY 1 ORDER BY 1`,
    );
    expect(days.rows).toEqual([
      { day: "2026-02-01", grossFen: 5000 },
      { day: "2026-03-10", grossFen: 3000 },
    ]);
    const categories = await db.client.query(
      `SELECT to_char("month", 'YYYY-MM') AS "month", "categoryId", SUM("lines")::int AS "lines", SUM("netFen")::int AS "netFen", SUM("units")::int AS "units"
       FROM "VillageMonthCategorySales" GROUP BY 1, 2 ORDER BY 1`,
    );
    expect(categories.rows).toEqual([
      { month: "2026-02", categoryId: "tea", lines: 2, netFen: 4000, units: 2 },
      { month: "2026-03", categoryId: "tea", lines: 1, netFen: 3000, units: 1 },
    ]);
    // The year 2026 (twelve months ending in December) and the twelve ending in February 2027, when
    // March 2026 still counts and February 2026 no longer does.
    const twelve = await db.client.query(
      `SELECT "shopId", to_char("lastMonth", 'YYYY-MM') AS "lastMonth", "parcels", ("grossFen" - "refundsFen")::int AS "netFen"
       FROM "ShopTwelveMonthSales" WHERE "lastMonth" IN ('2026-12-01', '2027-02-01') ORDER BY 2, 1`,
    );
    expect(twelve.rows).toEqual([
      { shopId: "a", lastMonth: "2026-12", parcels: 1, netFen: 1000 },
      { shopId: "b", lastMonth: "2026-12", parcels: 2, netFen: 6000 },
      { shopId: "b", lastMonth: "2027-02", parcels: 1, netFen: 3000 },
    ]);

    // From now on the triggers keep them: the rest of shop a's parcel refunded.
    await db.client.query(`
      UPDATE "OrderItem" SET "refundedQuantity" = 2 WHERE id = 'i1';
      UPDATE "ShopOrder" SET "refundedFen" = 2000, status = 'REFUNDED' WHERE id = 'so1';`);
    expect((await totals())[0]).toEqual({
      month: "2026-02",
      parcels: 2,
      orders: 1,
      grossFen: 5000,
      refundsFen: 2000,
    });
  });
});
