// The search migration on the demo data as it was before it: the SQL adds empty columns (pinyin
// cannot be computed in SQL), then the step `npm start` runs (scripts/search-backfill.ts) fills them
// with exactly what the seed writes today, and counts the units sold.
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAID_SHOP_ORDER_STATUSES } from "@/lib/orders/status";
import { PostgresSearchEngine } from "@/lib/search/postgres";
import { backfillSearch } from "@/lib/search/refresh";
import { recountSales } from "@/lib/search/sales";
import {
  bulkInsert,
  type Column,
  ORDER_COLUMNS,
  ORDER_ITEM_COLUMNS,
  SHOP_ORDER_COLUMNS,
} from "@/prisma/seed/bulk";
import { planDemoData } from "@/prisma/seed/index";
import { createEmptyDatabase, type ThrowawayDatabase } from "../../scripts/lib/throwaway-db";
import { clientFor, DEMO_NOW } from "../support/search-data";

const SEARCH = "20261201130000_search";
const BEFORE = readdirSync("prisma/migrations")
  .filter((name) => /^\d/.test(name) && name < SEARCH)
  .sort();
// From the search migration on: what `npm start` applies before the back-fill (and the engine needs
// the later ones too, 20261201153000_search_plans).
const FROM_SEARCH = readdirSync("prisma/migrations")
  .filter((name) => /^\d/.test(name) && name >= SEARCH)
  .sort();
const sql = (name: string) => readFileSync(`prisma/migrations/${name}/migration.sql`, "utf8");

let url: string;
let database: ThrowawayDatabase | undefined;

beforeAll(async () => {
  database = await createEmptyDatabase("search_migration");
  url = database.url;
});

afterAll(async () => {
  await database?.drop();
});

const TS = "timestamp(3)";
const SHOP_COLUMNS: readonly Column<Prisma.ShopCreateManyInput>[] = [
  ["id", "text", (r) => r.id],
  ["villageId", "text", (r) => r.villageId],
  ["ownerId", "text", (r) => r.ownerId],
  ["slug", "text", (r) => r.slug],
  ["nameZh", "text", (r) => r.nameZh],
  ["nameEn", "text", (r) => r.nameEn],
  ["storyZh", "text", (r) => r.storyZh],
  ["storyEn", "text", (r) => r.storyEn],
  ["status", '"ShopStatus"', (r) => r.status],
  ["approvedAt", TS, (r) => r.approvedAt as Date | null],
  ["createdAt", TS, (r) => r.createdAt as Date],
];
const PRODUCT_COLUMNS: readonly Column<Prisma.ProductCreateManyInput>[] = [
  ["id", "text", (r) => r.id],
  ["shopId", "text", (r) => r.shopId],
  ["categoryId", "text", (r) => r.categoryId],
  ["titleZh", "text", (r) => r.titleZh],
  ["titleEn", "text", (r) => r.titleEn],
  ["descriptionZh", "text", (r) => r.descriptionZh],
  ["descriptionEn", "text", (r) => r.descriptionEn],
  ["priceFen", "integer", (r) => r.priceFen],
  ["stock", "integer", (r) => r.stock],
  ["unit", '"ProductUnit"', (r) => r.unit],
  ["status", '"ProductStatus"', (r) => r.status],
  ["createdAt", TS, (r) => r.createdAt as Date],
  ["updatedAt", TS, (r) => r.updatedAt as Date],
];

describe("the search migration", () => {
  it("leaves the demo data searchable once npm start has back-filled it, as the seed would have written it", async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const name of BEFORE) await client.query(sql(name));

    const plan = planDemoData(DEMO_NOW, "not-a-real-hash", new Map());
    const db = clientFor(url);
    await db.village.create({ data: plan.village });
    await db.household.createMany({ data: plan.people.households });
    await db.category.createMany({ data: plan.categories });
    await db.user.createMany({ data: plan.people.users });
    // Only the columns that existed then (Prisma's createMany would name the new ones too).
    await bulkInsert(db, "Shop", SHOP_COLUMNS, plan.catalog.shops);
    await bulkInsert(db, "Product", PRODUCT_COLUMNS, plan.catalog.products);
    await bulkInsert(db, "Order", ORDER_COLUMNS, plan.orders.orders);
    await bulkInsert(db, "ShopOrder", SHOP_ORDER_COLUMNS, plan.orders.shopOrders);
    await bulkInsert(db, "OrderItem", ORDER_ITEM_COLUMNS, plan.orders.items);

    for (const name of FROM_SEARCH) await client.query(sql(name));
    await client.end();
    const filled = await backfillSearch(db);
    await recountSales(db);

    expect(filled).toEqual({ shops: plan.catalog.shops.length, products: plan.catalog.products.length });
    const products = await db.product.findMany({
      select: { id: true, searchTokens: true, searchPinyin: true, soldCount: true },
    });
    const seeded = new Map(plan.catalog.products.map((product) => [product.id, product]));
    for (const product of products) {
      const planned = seeded.get(product.id);
      expect(product.searchTokens).toEqual(planned?.searchTokens);
      expect(product.searchPinyin).toBe(planned?.searchPinyin);
    }
    const shops = await db.shop.findMany({ select: { id: true, searchTokens: true, searchPinyin: true } });
    for (const shop of shops) {
      const planned = plan.catalog.shops.find((s) => s.id === shop.id);
      expect([shop.searchTokens, shop.searchPinyin]).toEqual([planned?.searchTokens, planned?.searchPinyin]);
    }

    // Units sold: every paid, shipped or delivered line less what was refunded.
    const paid = new Set(
      plan.orders.shopOrders
        .filter((so) => (PAID_SHOP_ORDER_STATUSES as string[]).includes(String(so.status)))
        .map((so) => so.id),
    );
    const sold = new Map<string, number>();
    for (const item of plan.orders.items) {
      if (!paid.has(item.shopOrderId)) continue;
      const units = item.quantity - (item.refundedQuantity ?? 0);
      sold.set(item.productId, (sold.get(item.productId) ?? 0) + units);
    }
    expect(products.some((product) => product.soldCount > 0)).toBe(true);
    for (const product of products) expect(product.soldCount).toBe(sold.get(product.id) ?? 0);

    const found = await new PostgresSearchEngine(db).search("lvsongshi", {}, "relevance", 1);
    expect(found.total).toBeGreaterThan(20);
    // A second start finds nothing left to do.
    expect(await backfillSearch(db)).toEqual({ shops: 0, products: 0 });
    await db.$disconnect();
  }, 120_000);
});
