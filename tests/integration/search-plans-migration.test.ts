// The search-plans migration on the demo catalog as it was before it: the search finds the same
// products, and the GIN indexes have nothing left pending and are written directly from then on.
import { describe, expect, it } from "vitest";
import { PostgresSearchEngine } from "@/lib/search/postgres";
import { databaseBefore } from "../support/migration-database";
import { clientFor, loadDemoData } from "../support/search-data";

const db = databaseBefore("20261201153000_search_plans", "search_plans");

const GIN = [
  "Product_searchTokens_idx",
  "Product_searchPinyin_idx",
  "Shop_searchTokens_idx",
  "Shop_searchPinyin_idx",
];

describe("the search-plans migration", () => {
  it("keeps every match on the index, writes the indexes directly, and costs a row for the planner", async () => {
    const prisma = clientFor(db.url);
    try {
      await loadDemoData(prisma);
      // What the search finds before, straight from the index conditions (no engine needed).
      const before = await db.client.query<{ id: string }>(
        `SELECT id FROM "Product" WHERE "searchTokens" @> '{茶}' ORDER BY id`,
      );
      expect(before.rows.length).toBeGreaterThan(0);

      await db.migrate();

      const options = await db.client.query<{ relname: string; reloptions: string[] | null }>(
        `SELECT relname, reloptions FROM pg_class WHERE relname = ANY($1) ORDER BY relname`,
        [GIN],
      );
      expect(options.rows).toHaveLength(GIN.length);
      for (const row of options.rows) expect(row.reloptions).toContain("fastupdate=off");
      const cost = await db.client.query(
        `SELECT procost, proparallel, search_row_read(1) AS "true" FROM pg_proc WHERE proname = 'search_row_read'`,
      );
      expect(cost.rows).toEqual([{ procost: 300, proparallel: "u", true: true }]);

      // The engine on the migrated catalog: the same products for 茶, whatever the order.
      const engine = new PostgresSearchEngine(prisma, { cap: 1_000_000, walk: 1_000_000 });
      const found = await engine.search("茶", {}, "relevance", 1);
      const visible = await db.client.query<{ id: string }>(
        `SELECT p.id FROM "Product" p JOIN "Shop" s ON s.id = p."shopId"
         WHERE p."searchTokens" @> '{茶}' AND p.status = 'ACTIVE' AND s.status = 'ACTIVE'`,
      );
      expect(found.total).toBe(visible.rows.length);
      expect(found.productIds.every((id) => before.rows.some((row) => row.id === id))).toBe(true);
    } finally {
      await prisma.$disconnect();
    }
  });
});
