// The rollups migration on orders that are already there: it fills the rollups from them, so the
// figures read the same the moment it has run.
import { describe, expect, it } from "vitest";
import { databaseBefore } from "../support/migration-database";
import { TWO_SHOP_VILLAGE_SQL } from "../support/two-shop-village";

const db = databaseBefore("20261201141000_sales_rollups", "rollups_migration");

describe("the rollups migration", () => {
  it("sums the orders already in the database into the rollups", async () => {
    await db.client.query(`${TWO_SHOP_VILLAGE_SQL}
      INSERT INTO "Order" (id, number, "buyerId", status, "totalFen", "recipientName", "recipientPhone", province, city, "addressLine", "paidAt") VALUES
        ('o1', 'XY1', 'b', 'PAID', 5000, 'n', '13800138000', 'p', 'c', 'a', '2026-01-31 16:30'),
        ('o2', 'XY2', 'b', 'PENDING_PAYMENT', 1000, 'n', '13800138000', 'p', 'c', 'a', NULL);
      -- 1 February 00:30 in Beijing: February's sales. Shop a's parcel had one of its two units refunded.
      INSERT INTO "ShopOrder" (id, "orderId", "shopId", status, "subtotalFen", "commissionFen", "payoutFen", "refundedFen", "paidAt") VALUES
        ('so1', 'o1', 'a', 'DELIVERED', 2000, 100, 1900, 1000, '2026-01-31 16:30'),
        ('so2', 'o1', 'b', 'PAID', 3000, 150, 2850, 0, '2026-01-31 16:30'),
        ('so3', 'o2', 'a', 'PENDING_PAYMENT', 1000, 50, 950, 0, NULL);
      INSERT INTO "OrderItem" (id, "shopOrderId", "productId", "titleZh", "titleEn", "unitPriceFen", quantity, "lineTotalFen", "refundedQuantity") VALUES
        ('i1', 'so1', 'pa', '茶', 'Tea', 1000, 2, 2000, 1), ('i2', 'so2', 'pb', '茶', 'Tea', 3000, 1, 3000, 0),
        ('i3', 'so3', 'pa', '茶', 'Tea', 1000, 1, 1000, 0);`);

    await db.migrate();

    const months = await db.client.query(
      `SELECT "shopId", to_char("month", 'YYYY-MM-DD') AS "month", "parcels", "orders", "grossFen"::int, "refundsFen"::int,
              "sellerSalesFen"::int FROM "ShopMonthSales" ORDER BY "shopId"`,
    );
    // One checkout of two parcels: its one order is counted on shop a's row (the smaller shop id).
    expect(months.rows).toEqual([
      {
        shopId: "a",
        month: "2026-02-01",
        parcels: 1,
        orders: 1,
        grossFen: 2000,
        refundsFen: 1000,
        sellerSalesFen: 2000,
      },
      {
        shopId: "b",
        month: "2026-02-01",
        parcels: 1,
        orders: 0,
        grossFen: 3000,
        refundsFen: 0,
        sellerSalesFen: 3000,
      },
    ]);
    const days = await db.client.query(
      `SELECT DISTINCT to_char("day", 'YYYY-MM-DD') AS "day" FROM "ShopDaySales"`,
    );
    expect(days.rows).toEqual([{ day: "2026-02-01" }]);
    const categories = await db.client.query(
      `SELECT "categoryId", SUM("lines")::int AS "lines", SUM("netFen")::int AS "netFen", SUM("units")::int AS "units"
       FROM "ShopMonthCategorySales" GROUP BY 1`,
    );
    expect(categories.rows).toEqual([{ categoryId: "tea", lines: 2, netFen: 4000, units: 2 }]);
  });
});
