// What a buyer types and what they should see first, over the demo catalog, on both databases the
// app runs on: the test server (PostgreSQL 15 in CI) and an embedded PGlite (PostgreSQL 18) of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SEARCH_PAGE_SIZE, type SearchFilters, type SearchSort } from "@/lib/search";
import { PostgresSearchEngine } from "@/lib/search/postgres";
import { backfillSearch } from "@/lib/search/refresh";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "../../scripts/lib/embedded-db";
import { migrate } from "../../scripts/lib/prisma-cli";
import { createThrowawayDatabase } from "../../scripts/lib/throwaway-db";
import { clientFor, loadDemoData, wipeSearchFields } from "../support/search-data";

type Hit = { titleZh: string; titleEn: string; category: string; shop: string };
type Row = {
  q: string;
  /** What the first result must look like (its titles, category slug and shop slug, one line). */
  top?: RegExp;
  /** What every result on the first page must look like. */
  every?: RegExp;
  /**
   * Results like this come first: once one is not, no later one is. For queries that also match
   * shop names (a necklace from "Guo Mingfeng's Turquoise Bracelets" is a fair last answer to "bracelet").
   */
  first?: RegExp;
  /** A shop slug the shop strip must show. */
  shop?: string;
  /** Slugs of shops none of whose products may appear (not open to buyers). */
  hidden?: string;
  none?: true;
};

const line = (hit: Hit) => `${hit.titleZh} | ${hit.titleEn} | ${hit.category} | ${hit.shop}`;

const TABLE: Row[] = [
  // Chinese: one character, pairs, a whole phrase, and a word sellers do not use (手链 for 手串).
  { q: "茶", top: /茶.*\| tea \|/, every: /茶|tea/i },
  { q: "松石", top: /绿松石/, every: /\| turquoise \|/ },
  { q: "绿松石手链", top: /绿松石手串/, first: /绿松石手串/ },
  { q: "手链", top: /手串/, every: /手串/ },
  { q: "绿松石项链", top: /绿松石项链/, every: /项链/ },
  { q: "蜂蜜", top: /蜜/, every: /\| honey \|/ },
  { q: "香菇", top: /香菇/, every: /\| mushrooms \|/ },
  { q: "蘑菇", top: /香菇/, every: /\| mushrooms \|/ },
  { q: "木耳", top: /木耳/, every: /木耳/ },
  { q: "腊肉", top: /腊肉/, every: /\| pork \|/ },
  { q: "土鸡蛋", top: /^土鸡蛋/, first: /^土鸡蛋/ },
  { q: "高瓷蓝", top: /^高瓷蓝/, every: /高瓷蓝/ },
  { q: "白茶", top: /白茶/, every: /\| tea \|/ },
  { q: "红茶", top: /红茶/, every: /\| tea \|/ },
  { q: "巢蜜", top: /^原生态巢蜜/ },
  // The exact title first.
  { q: "百花蜜 两瓶装", top: /^百花蜜 两瓶装 \|/ },
  { q: "绿松石 10mm", top: /10mm/, every: /10mm/ },
  // Shop names find the shop and its products; a suspended or pending shop shows nothing.
  { q: "王华建高山茶园", shop: "wang-huajian-tea", every: /\| wang-huajian-tea$/ },
  { q: "郭明凤", shop: "guo-mingfeng-turquoise", every: /\| guo-mingfeng-turquoise$/ },
  { q: "青石松石小铺", none: true, hidden: "qingshi-turquoise" },
  { q: "春生土蜂蜜", hidden: "pending-honey" },
  // Pinyin in full, initials and from a middle syllable; English words in any case, width or number.
  { q: "lvsongshi", top: /绿松石/, every: /\| turquoise \|/ },
  { q: "lv song shi", top: /绿松石/, every: /\| turquoise \|/ },
  { q: "lss", top: /绿松石/ },
  { q: "songshi", top: /松石/, every: /\| turquoise \|/ },
  { q: "fengmi", top: /蜜/, every: /\| honey \|/ },
  { q: "xianggu", top: /香菇/, every: /\| mushrooms \|/ },
  { q: "guomingfeng", every: /\| guo-mingfeng-turquoise$/ },
  { q: "bracelet", top: /bracelet/i, first: /bracelet/i },
  { q: "bracelets", top: /bracelet/i, first: /bracelet/i },
  { q: "TURQUOISE BRACELET", top: /turquoise bracelet/i, first: /turquoise bracelet/i },
  { q: "Tea", top: /\| tea \|/, every: /tea/i },
  { q: "ＴＥＡ", top: /\| tea \|/ },
  { q: "honey", top: /honey/i, every: /\| honey \|/ },
  { q: "mushroom", every: /\| mushrooms \|/ },
  { q: "shiitake", top: /shiitake/i },
  { q: "eggs", top: /eggs/i, every: /egg/i },
  { q: "Guo Mingfeng", shop: "guo-mingfeng-turquoise", every: /\| guo-mingfeng-turquoise$/ },
  // Nothing to find: no error, just nothing.
  { q: "zzqqxx", none: true },
  { q: "%", none: true },
  { q: "_", none: true },
];

type Database = { name: string; url: () => Promise<{ url: string; stop: () => Promise<void> }> };
const DATABASES: Database[] = [
  {
    name: "the test server",
    url: async () => {
      const database = await createThrowawayDatabase("search");
      return { url: database.url, stop: database.drop };
    },
  },
  {
    name: "an embedded PGlite",
    url: async () => {
      const embedded: EmbeddedDatabase = await startEmbeddedDatabase();
      await migrate(embedded.url);
      return { url: embedded.url, stop: embedded.stop };
    },
  },
];

describe.each(DATABASES)("search on $name", (database) => {
  let db: PrismaClient;
  let engine: PostgresSearchEngine;
  let stop: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const created = await database.url();
    stop = created.stop;
    db = clientFor(created.url);
    await loadDemoData(db);
    // As the search migration leaves an existing database; the back-fill fills it.
    await wipeSearchFields(db);
    await backfillSearch(db);
    engine = new PostgresSearchEngine(db);
  }, 180_000);

  afterAll(async () => {
    await db?.$disconnect();
    await stop();
  });

  async function hits(ids: string[]): Promise<Hit[]> {
    const rows = await db.product.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        titleZh: true,
        titleEn: true,
        category: { select: { slug: true } },
        shop: { select: { slug: true } },
      },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id);
      if (!row) throw new Error(`no product ${id}`);
      return { titleZh: row.titleZh, titleEn: row.titleEn, category: row.category.slug, shop: row.shop.slug };
    });
  }

  it.each(TABLE)("$q", async (row) => {
    const result = await engine.search(row.q, {}, "relevance", 1);
    const found = (await hits(result.productIds)).map(line);
    const shops = await db.shop.findMany({ where: { id: { in: result.shopIds } }, select: { slug: true } });
    if (row.none) {
      expect(found).toEqual([]);
      expect(result.total).toBe(0);
    } else {
      expect(found.length).toBeGreaterThan(0);
      expect(result.total).toBeGreaterThanOrEqual(found.length);
      expect(found.length).toBeLessThanOrEqual(SEARCH_PAGE_SIZE);
    }
    if (row.top) expect(found[0]).toMatch(row.top);
    if (row.every) for (const hit of found) expect(hit).toMatch(row.every);
    if (row.first) {
      const pattern = row.first;
      const firstOther = found.findIndex((hit) => !pattern.test(hit));
      if (firstOther >= 0) expect(found.slice(firstOther).filter((hit) => pattern.test(hit))).toEqual([]);
    }
    if (row.shop) expect(shops.map((shop) => shop.slug)).toContain(row.shop);
    if (row.hidden) {
      for (const hit of found) expect(hit).not.toMatch(new RegExp(`\\| ${row.hidden}$`));
      expect(shops.map((shop) => shop.slug)).not.toContain(row.hidden);
    }
  });

  // A large catalog's paths on the small one: a cap below the matches makes a part "large" (its page read
  // by walking the order's index, or, when the walk is too short, as the planner sees fit). Every page
  // under the cap must be the one an engine that reads every match gives.
  it.each([
    { q: "茶" },
    { q: "松石" },
    { q: "蜂蜜", sort: "price_asc" },
    { q: "bracelet" },
    { q: "lvsongshi", sort: "newest" },
    { q: "tea", filters: { inStock: true }, sort: "best_selling" },
    { q: "", filters: { kind: "AGRICULTURE" }, sort: "price_desc" },
  ] as { q: string; filters?: SearchFilters; sort?: SearchSort }[])(
    "a capped search pages as reading everything does: $q $sort",
    async ({ q, filters = {}, sort = "relevance" }) => {
      const everything = new PostgresSearchEngine(db, { cap: 1_000_000, walk: 1_000_000 });
      const all = await everything.search(q, filters, sort, 1);
      // Below the matches, and over one page when there are enough of them.
      const cap = Math.min(40, all.total - 1);
      expect(cap).toBeGreaterThan(4);
      const capped = [
        new PostgresSearchEngine(db, { cap, walk: 1_000_000 }),
        new PostgresSearchEngine(db, { cap, walk: 3 }),
      ];
      for (let page = 1; (page - 1) * SEARCH_PAGE_SIZE < cap; page++) {
        const expected = (await everything.search(q, filters, sort, page)).productIds.slice(
          0,
          cap - (page - 1) * SEARCH_PAGE_SIZE,
        );
        for (const engine of capped) {
          const result = await engine.search(q, filters, sort, page);
          expect(result.productIds).toEqual(expected);
          expect(result).toMatchObject({
            total: cap,
            capped: true,
            pageCount: Math.ceil(cap / SEARCH_PAGE_SIZE),
          });
        }
      }
    },
  );
});
