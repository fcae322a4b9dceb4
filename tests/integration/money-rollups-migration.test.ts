// The money rollups migration on shop orders, payouts and refunds already there: it fills the
// monthly money sums from them, so /admin/money reads the same the moment it has run.
import { describe, expect, it } from "vitest";
import { databaseBefore } from "../support/migration-database";

const db = databaseBefore("20261201154200_money_rollups", "money_rollups_migration");

describe("the money rollups migration", () => {
  it("sums commission, payouts and reversals of the shop orders already there", async () => {
    await db.client.query(`
      INSERT INTO "Village" (id, slug, "nameZh", "nameEn", "countyZh", "countyEn") VALUES ('v', 'v', '下营村', 'Xiaying', '郧西县', 'Yunxi');
      INSERT INTO "User" (id, email, "passwordHash", name, role) VALUES
        ('b', 'b@x.test', 'x', 'b', 'BUYER'), ('s1', 's1@x.test', 'x', 's', 'SELLER');
      INSERT INTO "Shop" (id, "villageId", "ownerId", slug, "nameZh", "nameEn", "storyZh", "storyEn", status) VALUES
        ('a', 'v', 's1', 'a', '店', 'Shop', '', '', 'ACTIVE');
      INSERT INTO "Order" (id, number, "buyerId", status, "totalFen", "recipientName", "recipientPhone", province, city, "addressLine", "paidAt")
        SELECT 'o' || i, 'XY' || i, 'b', 'PAID', 1000, 'n', '13800138000', 'p', 'c', 'a', '2026-01-31 16:30'
        FROM generate_series(1, 3) i;
      -- Paid 00:30 on 1 February in Beijing. so1: payout sent (950), then 200 refunded (10 commission,
      -- 190 payout) and reversed; so2: payout released, not sent; so3: no payout yet.
      INSERT INTO "ShopOrder" (id, "orderId", "shopId", status, "subtotalFen", "commissionFen", "payoutFen", "refundedFen", "refundedCommissionFen", "paidAt") VALUES
        ('so1', 'o1', 'a', 'DELIVERED', 1000, 50, 950, 200, 10, '2026-01-31 16:30'),
        ('so2', 'o2', 'a', 'PAID', 1000, 50, 950, 0, 0, '2026-01-31 16:30'),
        ('so3', 'o3', 'a', 'PAID', 1000, 50, 950, 0, 0, '2026-01-31 16:30');
      INSERT INTO "Payout" (id, "shopOrderId", "shopId", "amountFen", "refundedFen", status, "transferredFen") VALUES
        ('p1', 'so1', 'a', 950, 190, 'TRANSFERRED', 950), ('p2', 'so2', 'a', 950, 0, 'ACCRUED', NULL);
      INSERT INTO "Refund" (id, "shopOrderId", "amountFen", "commissionFen", "payoutFen", lines, "requestedById", "reversalFen", "reversalRef", "updatedAt") VALUES
        ('r1', 'so1', 200, 10, 190, '[]', 'b', 190, 'rv_1', now());`);
    await db.migrate();
    const rows = await db.client.query(
      `SELECT "shopId", to_char("month", 'YYYY-MM') AS "month", "commissionFen"::int, "payoutsMadeFen"::int,
              "payoutsOwedFen"::int, "reversalsPendingFen"::int, "notReleasedFen"::int FROM "ShopMonthMoney"`,
    );
    // Net sales 2,800 = commission 140 + made 760 + owed 950 + pending 0 + not released 950.
    expect(rows.rows).toEqual([
      {
        shopId: "a",
        month: "2026-02",
        commissionFen: 140,
        payoutsMadeFen: 760,
        payoutsOwedFen: 950,
        reversalsPendingFen: 0,
        notReleasedFen: 950,
      },
    ]);
  });
});
