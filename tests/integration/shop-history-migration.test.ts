// The shop-history migration on shops as they were before it: one row each, from the best date known.
import { describe, expect, it } from "vitest";
import { databaseBefore } from "../support/migration-database";

const db = databaseBefore("20261201143000_shop_history_households", "shop_history");

describe("the shop-history migration", () => {
  it("back-fills one row per shop: open since approval, pending or suspended since creation", async () => {
    await db.client.query(`
      INSERT INTO "Village" (id, slug, "nameZh", "nameEn", "countyZh", "countyEn") VALUES ('v', 'v', '下营村', 'Xiaying', '郧西县', 'Yunxi');
      INSERT INTO "User" (id, email, "passwordHash", name, role) VALUES
        ('a', 'a@x.test', 'x', 'a', 'SELLER'), ('p', 'p@x.test', 'x', 'p', 'SELLER'),
        ('s', 's@x.test', 'x', 's', 'SELLER'), ('o', 'o@x.test', 'x', 'o', 'SELLER');
      INSERT INTO "Shop" (id, "villageId", "ownerId", slug, "nameZh", "nameEn", "storyZh", "storyEn", status, "approvedAt", "createdAt") VALUES
        ('active', 'v', 'a', 'active', '店', 'Shop', '', '', 'ACTIVE', '2024-03-02 08:00', '2024-03-01 08:00'),
        ('pending', 'v', 'p', 'pending', '店', 'Shop', '', '', 'PENDING', NULL, '2024-05-01 08:00'),
        ('suspended', 'v', 's', 'suspended', '店', 'Shop', '', '', 'SUSPENDED', '2024-01-02 08:00', '2024-01-01 08:00'),
        ('old', 'v', 'o', 'old', '店', 'Shop', '', '', 'ACTIVE', NULL, '2023-01-01 08:00');`);

    await db.migrate();

    const { rows } = await db.client.query<{ shopId: string; fromStatus: null; toStatus: string; at: Date }>(
      `SELECT "shopId", "fromStatus", "toStatus", to_char("at", 'YYYY-MM-DD HH24:MI') AS "at"
       FROM "ShopStatusChange" ORDER BY "shopId"`,
    );
    expect(rows).toEqual([
      { shopId: "active", fromStatus: null, toStatus: "ACTIVE", at: "2024-03-02 08:00" },
      { shopId: "old", fromStatus: null, toStatus: "ACTIVE", at: "2023-01-01 08:00" },
      { shopId: "pending", fromStatus: null, toStatus: "PENDING", at: "2024-05-01 08:00" },
      { shopId: "suspended", fromStatus: null, toStatus: "SUSPENDED", at: "2024-01-01 08:00" },
    ]);
  });

  it("refuses a change to the same status and a negative income", async () => {
    await expect(
      db.client.query(
        `INSERT INTO "ShopStatusChange" (id, "shopId", "fromStatus", "toStatus") VALUES ('x', 'active', 'ACTIVE', 'ACTIVE')`,
      ),
    ).rejects.toThrow(/ShopStatusChange_changes_check/);
    await db.client.query(
      `INSERT INTO "Household" (id, "villageId", code, "headName") VALUES ('h', 'v', 'H1', '户主')`,
    );
    await expect(
      db.client.query(
        `INSERT INTO "HouseholdIncome" (id, "householdId", year, "perPersonFen") VALUES ('i', 'h', 2024, -1)`,
      ),
    ).rejects.toThrow(/HouseholdIncome_perPersonFen_check/);
  });
});
