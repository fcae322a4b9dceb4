// The courier rollups migration on shipments that are already there: it fills the histogram from
// them, so the courier board reads the same the moment it has run.
import { describe, expect, it } from "vitest";
import { databaseBefore } from "../support/migration-database";

const db = databaseBefore("20261201154000_courier_rollups", "courier_rollups_migration");

describe("the courier rollups migration", () => {
  it("counts the parcels already shipped into the day and month buckets", async () => {
    await db.client.query(`
      INSERT INTO "Village" (id, slug, "nameZh", "nameEn", "countyZh", "countyEn") VALUES ('v', 'v', '下营村', 'Xiaying', '郧西县', 'Yunxi');
      INSERT INTO "User" (id, email, "passwordHash", name, role) VALUES
        ('b', 'b@x.test', 'x', 'b', 'BUYER'), ('s1', 's1@x.test', 'x', 's', 'SELLER');
      INSERT INTO "Shop" (id, "villageId", "ownerId", slug, "nameZh", "nameEn", "storyZh", "storyEn", status) VALUES
        ('a', 'v', 's1', 'a', '店', 'Shop', '', '', 'ACTIVE');
      INSERT INTO "Order" (id, number, "buyerId", status, "totalFen", "recipientName", "recipientPhone", province, city, "addressLine", "paidAt")
        SELECT 'o' || i, 'XY' || i, 'b', 'PAID', 1000, 'n', '13800138000', 'p', 'c', 'a', '2026-01-31 10:00'
        FROM generate_series(1, 4) i;
      -- Paid 18:00 on 31 January in Beijing. so1 shipped 2 h 29 min later (2 hours, January);
      -- so2 6 h 30 min later, at 00:30 on 1 February in Beijing (7 hours, February); so3 was
      -- shipped and then refunded in full (still a shipment); so4 is not shipped.
      INSERT INTO "ShopOrder" (id, "orderId", "shopId", status, "subtotalFen", "commissionFen", "payoutFen", "refundedFen", courier, "paidAt", "shippedAt") VALUES
        ('so1', 'o1', 'a', 'DELIVERED', 1000, 50, 950, 0, 'SF', '2026-01-31 10:00', '2026-01-31 12:29'),
        ('so2', 'o2', 'a', 'SHIPPED', 1000, 50, 950, 0, 'SF', '2026-01-31 10:00', '2026-01-31 16:30'),
        ('so3', 'o3', 'a', 'REFUNDED', 1000, 50, 950, 1000, 'JD', '2026-01-31 10:00', '2026-01-31 12:10'),
        ('so4', 'o4', 'a', 'PAID', 1000, 50, 950, 0, NULL, '2026-01-31 10:00', NULL);`);
    await db.migrate();
    const days = await db.client.query(
      `SELECT to_char("day", 'YYYY-MM-DD') AS "day", "courier", "hours", "parcels"
       FROM "CourierDayShipments" ORDER BY 1, 2, 3`,
    );
    expect(days.rows).toEqual([
      { day: "2026-01-31", courier: "JD", hours: 2, parcels: 1 },
      { day: "2026-01-31", courier: "SF", hours: 2, parcels: 1 },
      { day: "2026-02-01", courier: "SF", hours: 7, parcels: 1 },
    ]);
    const months = await db.client.query(
      `SELECT to_char("month", 'YYYY-MM') AS "month", "courier", "hours", "parcels"
       FROM "CourierMonthShipments" ORDER BY 1, 2, 3`,
    );
    expect(months.rows).toEqual([
      { month: "2026-01", courier: "JD", hours: 2, parcels: 1 },
      { month: "2026-01", courier: "SF", hours: 2, parcels: 1 },
      { month: "2026-02", courier: "SF", hours: 7, parcels: 1 },
    ]);
  });
});
