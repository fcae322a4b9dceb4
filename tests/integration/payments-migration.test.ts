// The payments migration on data shaped like the demo's before it: every shop order gets its split
// by the one rounding rule, unpaid orders their time to pay, and the new rules hold afterwards.
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commissionSplit } from "@/lib/money";
import { createEmptyDatabase, type ThrowawayDatabase } from "../../scripts/lib/throwaway-db";

const MIGRATIONS = ["20261123121454_init", "20261123134800_product_voice_note"];
const PAYMENTS = "20261201100000_payments_refunds_payouts";
const sql = (name: string) => readFileSync(`prisma/migrations/${name}/migration.sql`, "utf8");

let client: pg.Client;
let database: ThrowawayDatabase | undefined;

/** An empty database of its own: on the test server, or an embedded one when that is what tests use. */
beforeAll(async () => {
  database = await createEmptyDatabase("migration");
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  for (const name of MIGRATIONS) await client.query(sql(name));
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

describe("the payments migration", () => {
  it("splits existing shop orders at 5% by the app's rule and gives waiting orders 30 minutes", async () => {
    await client.query(`
      INSERT INTO "Village" (id, slug, "nameZh", "nameEn", "countyZh", "countyEn") VALUES ('v', 'v', '下营村', 'Xiaying', '郧西县', 'Yunxi');
      INSERT INTO "User" (id, email, "passwordHash", name, role) VALUES ('b', 'b@x.test', 'x', 'b', 'BUYER');
      INSERT INTO "Order" (id, number, "buyerId", status, "totalFen", "recipientName", "recipientPhone", province, city, "addressLine", "createdAt", "paidAt")
        VALUES ('paid', 'XY1', 'b', 'PAID', 0, 'n', '13800138000', 'p', 'c', 'a', '2026-11-11 01:00', '2026-11-11 01:05'),
               ('waiting', 'XY2', 'b', 'PENDING_PAYMENT', 0, 'n', '13800138000', 'p', 'c', 'a', '2026-11-30 10:00', NULL);`);
    const subtotals = [0, 1, 10, 30, 31, 9_999, 12_345, 19_950, 2_000_000_001];
    for (const [i, subtotal] of subtotals.entries()) {
      await client.query(
        `INSERT INTO "User" (id, email, "passwordHash", name, role) VALUES ($1, $2, 'x', 's', 'SELLER')`,
        [`s${i}`, `s${i}@x.test`],
      );
      await client.query(
        `INSERT INTO "Shop" (id, "villageId", "ownerId", slug, "nameZh", "nameEn", "storyZh", "storyEn", status) VALUES ($1, 'v', $1, $1, '店', 'Shop', '', '', 'ACTIVE')`,
        [`s${i}`],
      );
      await client.query(
        `INSERT INTO "ShopOrder" (id, "orderId", "shopId", status, "subtotalFen") VALUES ($1, $2, $5, $3, $4)`,
        [`so${i}`, i === 0 ? "waiting" : "paid", i === 0 ? "PENDING_PAYMENT" : "PAID", subtotal, `s${i}`],
      );
    }

    await client.query(sql(PAYMENTS));

    const { rows } = await client.query<{ subtotalFen: number; commissionFen: number; payoutFen: number }>(
      `SELECT "subtotalFen", "commissionFen", "payoutFen" FROM "ShopOrder" ORDER BY "subtotalFen"`,
    );
    expect(rows).toHaveLength(subtotals.length);
    for (const row of rows) {
      expect({ commissionFen: row.commissionFen, payoutFen: row.payoutFen }).toEqual(
        commissionSplit(row.subtotalFen, 500),
      );
    }
    const orders = await client.query<{ id: string; expiresAt: Date | null }>(
      `SELECT id, "expiresAt" FROM "Order" ORDER BY id`,
    );
    expect(orders.rows.find((o) => o.id === "paid")?.expiresAt).toBeNull();
    expect(orders.rows.find((o) => o.id === "waiting")?.expiresAt?.toISOString()).toBe(
      "2026-11-30T10:30:00.000Z",
    );

    // And the rules it adds now hold: a split that does not add up, or a second open payment, is refused.
    await expect(
      client.query(`UPDATE "ShopOrder" SET "commissionFen" = "commissionFen" + 1 WHERE id = 'so3'`),
    ).rejects.toThrow(/ShopOrder_split_sums/);
    await client.query(
      `INSERT INTO "Payment" (id, "orderId", provider, "amountFen", status, "updatedAt") VALUES ('p1', 'waiting', 'stripe', 0, 'PENDING', now())`,
    );
    await expect(
      client.query(
        `INSERT INTO "Payment" (id, "orderId", attempt, provider, "amountFen", status, "updatedAt") VALUES ('p2', 'waiting', 2, 'stripe', 0, 'PENDING', now())`,
      ),
    ).rejects.toThrow(/Payment_one_pending_per_order/);
  });
});
