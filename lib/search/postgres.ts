import "server-only";
import { visibleProductSql } from "@/lib/catalog/visibility";
import { Prisma } from "@/lib/generated/prisma/client";
import { PINYIN_MARK, TITLE_MARK } from "./fields";
import {
  SEARCH_PAGE_SIZE,
  type SearchEngine,
  type SearchFilters,
  type SearchResult,
  type SearchSort,
  SHOP_HITS,
} from "./index";
import { cleanQuery, type ParsedQuery, parseQuery } from "./query";

/** What the engine needs of a Prisma client (the app's, a script's or a test's). */
export type RawQueryClient = { $queryRaw: <T>(query: Prisma.Sql) => Prisma.PrismaPromise<T> };

const any = (parts: Prisma.Sql[]) => Prisma.sql`(${Prisma.join(parts, " OR ")})`;
const all = (parts: Prisma.Sql[]) => (parts.length === 0 ? Prisma.sql`TRUE` : Prisma.join(parts, " AND "));

/**
 * Rows (aliased `alias`) whose search fields hold the query: every token (`@>`, GIN), or for a query
 * without Chinese, its letters as a pinyin token. `fuzzy` (tried when that finds nothing) matches the
 * pinyin column from any syllable start instead (LIKE '% q%', trigram GIN): a syllable typed halfway.
 */
function matches(alias: string, query: ParsedQuery, fuzzy = false): Prisma.Sql {
  const tokens = Prisma.raw(`${alias}."searchTokens"`);
  const parts = [Prisma.sql`${tokens} @> ${query.strict}::text[]`];
  if (query.loose) parts.push(Prisma.sql`${tokens} @> ${query.loose}::text[]`);
  if (query.pinyin && fuzzy)
    parts.push(Prisma.sql`${Prisma.raw(`${alias}."searchPinyin"`)} LIKE ${`% ${query.pinyin}%`}`);
  else if (query.pinyin) parts.push(Prisma.sql`${tokens} @> ${[PINYIN_MARK + query.pinyin]}::text[]`);
  return any(parts);
}

// Highest code point: `q <= title < q || TOP` is "title starts with q" as a range an index can serve.
const TOP = String.fromCodePoint(0x10ffff);

function startsWith(column: string, text: string): Prisma.Sql {
  const value = Prisma.sql`lower(${Prisma.raw(column)}) COLLATE "C"`;
  return Prisma.sql`(${value} >= ${text} AND ${value} < ${text + TOP})`;
}

/**
 * The relevance tiers: 1 a title starts with the query (or its pinyin does), 2 the title holds every
 * token (or the title's pinyin the letters), 3 any match (shop, category, the characters one by one).
 * A row belongs to the first tier that holds it: the engine leaves out the ids of the tiers before
 * (all known, or the page is full before the tier is reached), so no row's tokens are read to decide
 * that it is *not* in a tier; each tier is one index condition.
 */
function relevanceTiers(query: ParsedQuery, fuzzy: boolean): Prisma.Sql[] {
  const match = matches("p", query, fuzzy);
  const prefix = [startsWith(`p."titleZh"`, query.text), startsWith(`p."titleEn"`, query.text)];
  const title = [Prisma.sql`p."searchTokens" @> ${query.strict.map((token) => TITLE_MARK + token)}::text[]`];
  if (query.pinyin && fuzzy) {
    prefix.push(Prisma.sql`p."searchPinyin" LIKE ${` ${query.pinyin}%`}`);
    // The title's segments come before the one "|".
    title.push(Prisma.sql`p."searchPinyin" LIKE ${`% ${query.pinyin}%|%`}`);
  } else if (query.pinyin) {
    title.push(Prisma.sql`p."searchTokens" @> ${[TITLE_MARK + PINYIN_MARK + query.pinyin]}::text[]`);
  }
  return [Prisma.sql`(${any(prefix)} AND ${match})`, any(title), match];
}

function filterSql(filters: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.category) parts.push(Prisma.sql`c."slug" = ${filters.category}`);
  if (filters.kind) parts.push(Prisma.sql`c."kind"::text = ${filters.kind}`);
  if (filters.shop) parts.push(Prisma.sql`s."slug" = ${filters.shop}`);
  if (filters.minFen !== undefined) parts.push(Prisma.sql`p."priceFen" >= ${filters.minFen}`);
  if (filters.maxFen !== undefined) parts.push(Prisma.sql`p."priceFen" <= ${filters.maxFen}`);
  if (filters.inStock) parts.push(Prisma.sql`p."stock" > 0`);
  return all(parts);
}

// The id breaks every tie, so pages never repeat or skip a product.
const BEST_SELLING = Prisma.sql`p."soldCount" DESC, p."createdAt" DESC, p."id" DESC`;
const ORDERS: Record<Exclude<SearchSort, "relevance">, Prisma.Sql> = {
  newest: Prisma.sql`p."createdAt" DESC, p."id" DESC`,
  price_asc: Prisma.sql`p."priceFen" ASC, p."id" ASC`,
  price_desc: Prisma.sql`p."priceFen" DESC, p."id" DESC`,
  best_selling: BEST_SELLING,
};

// A title that is the query comes before those that only start with it.
const exactFirst = (query: ParsedQuery) =>
  Prisma.sql`(lower(p."titleZh") = ${query.text} OR lower(p."titleEn") = ${query.text}) DESC, ${BEST_SELLING}`;

/** Results counted and paged at most (42 pages): past that, a buyer narrows the search. */
export const SEARCH_CAP = 1_000;

const FROM = Prisma.sql`FROM "Product" p
  JOIN "Shop" s ON s."id" = p."shopId"
  JOIN "Category" c ON c."id" = p."categoryId"`;

/**
 * Tells the planner what a product row costs to read (search_row_read, migration 20261201153000): its
 * search tokens are ~1.4 kB compressed, 10-40 µs to check, where the planner assumes a fraction of a
 * µs. Without it a LIMIT makes scanning the whole table in any order look cheap, and a count of a
 * common word read 8,000 rows (170 ms) instead of its first 1,000 by the GIN index.
 */
const ROW_COST = Prisma.sql`search_row_read(p."soldCount")`;

/**
 * Rows of a large part read in order, per page of depth, before its page is looked up the other way
 * (see `walk`). Checking a row's tokens costs ~20-40 µs; the other way reads every match (~10 µs each,
 * at least the cap's 1,000): 500 rows find page 1 of a word on one product in five, and give up on a
 * rarer one after ~15 ms.
 */
const WALK = 500;

/** How far the engine reads; smaller in tests, so the demo catalog takes the paths of a large one. */
export type SearchLimits = { cap: number; walk: number };

type Part = { base: Prisma.Sql; match: Prisma.Sql; order: Prisma.Sql; inOrder: boolean };

export class PostgresSearchEngine implements SearchEngine {
  constructor(
    private readonly client: RawQueryClient,
    private readonly limits: SearchLimits = { cap: SEARCH_CAP, walk: WALK },
  ) {}

  async search(query: string, filters: SearchFilters, sort: SearchSort, page: number): Promise<SearchResult> {
    const parsed = parseQuery(query);
    // Typed, but nothing searchable in it ("%", "!!"): nothing matches, rather than everything.
    if (!parsed && cleanQuery(query))
      return { productIds: [], total: 0, capped: false, page, pageCount: 1, shopIds: [] };
    const exact = await this.run(parsed, filters, sort, page, false);
    if (exact.total > 0 || !parsed?.pinyin) return exact;
    return this.run(parsed, filters, sort, page, true);
  }

  private async run(
    parsed: ParsedQuery | null,
    filters: SearchFilters,
    sort: SearchSort,
    page: number,
    fuzzy: boolean,
  ): Promise<SearchResult> {
    const base = Prisma.sql`${visibleProductSql} AND ${filterSql(filters)}`;
    // Each part: its rows (`base` and `match`), in its order, one after the other. `inOrder`: the order
    // is one of an index's (not the exact title first), so the part can be read by walking that index.
    const parts: Part[] =
      parsed && sort === "relevance"
        ? relevanceTiers(parsed, fuzzy).map((tier, index) => ({
            base,
            match: tier,
            order: index === 0 ? exactFirst(parsed) : BEST_SELLING,
            inOrder: index > 0,
          }))
        : [
            {
              base,
              match: parsed ? matches("p", parsed, fuzzy) : Prisma.sql`TRUE`,
              order: sort === "relevance" ? BEST_SELLING : ORDERS[sort],
              inOrder: true,
            },
          ];
    const start = (page - 1) * SEARCH_PAGE_SIZE;
    const productIds: string[] = [];
    const counted = await this.hits(parts);
    // The ids of the parts read so far: a later part leaves them out.
    const seen: string[] = [];
    let total = 0;
    for (const [index, tier] of parts.entries()) {
      const room = this.limits.cap - total;
      const hits = counted[index];
      if (room <= 0 || !hits) break;
      // The part of this page that falls in this part.
      const from = Math.max(0, start - total);
      const want = Math.min(SEARCH_PAGE_SIZE - productIds.length, room - from);
      total += hits.count;
      if (hits.ids) {
        // Every match was read: the page among them is the page.
        productIds.push(...hits.ids.slice(from, from + Math.max(0, want)));
        seen.push(...hits.ids);
      } else if (want > 0) {
        // A large part (and the last one: it fills the cap): its page must come from all of it, in order.
        const part =
          seen.length === 0
            ? tier
            : { ...tier, match: Prisma.sql`${tier.match} AND NOT (p."id" = ANY(${seen}::text[]))` };
        const walked = part.inOrder ? await this.walk(part, want, from) : null;
        productIds.push(...(walked ?? (await this.ids(part, want, from))));
      }
    }
    // A pinyin query that found no product is tried again fuzzily, shops and all (`search`).
    const retried = !fuzzy && total === 0 && parsed?.pinyin;
    const shopIds = parsed && page === 1 && !filters.shop && !retried ? await this.shops(parsed, fuzzy) : [];
    return {
      productIds,
      total,
      capped: total >= this.limits.cap,
      page,
      pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
      shopIds,
    };
  }

  /**
   * For each part, in one statement: how many rows match, leaving out the parts before and counting
   * no further than what the cap leaves (none once a part has filled it), and all their ids in the
   * part's order when that is fewer (null: the part is large). The matches are found by index (GIN,
   * the title prefix range) and reading stops at the cap, so a common word costs the cap's rows (and
   * none of their tokens), a rare one its few rows.
   */
  private async hits(parts: Part[]): Promise<{ count: number; ids: string[] | null }[]> {
    const name = (index: number) => Prisma.raw(`hits${index}`);
    // What the cap leaves for part `index`: the SQL of `cap - n0 - n1 ...`.
    const room = (index: number) =>
      Prisma.join(
        [
          Prisma.sql`${this.limits.cap}::int`,
          ...parts
            .slice(0, index)
            .map((_, before) => Prisma.sql`(SELECT count(*)::int FROM ${name(before)})`),
        ],
        " - ",
      );
    const ctes = parts.map((part, index) => {
      const earlier = parts
        .slice(0, index)
        .map((_, before) => Prisma.sql` AND p."id" NOT IN (SELECT "id" FROM ${name(before)})`);
      return Prisma.sql`${name(index)} AS MATERIALIZED (
        SELECT p."id", p."soldCount", p."createdAt", p."priceFen", p."titleZh", p."titleEn"
        ${FROM} WHERE ${part.base} AND ${part.match}${earlier.length > 0 ? Prisma.join(earlier, "") : Prisma.empty} AND ${ROW_COST}
        LIMIT greatest(0, ${room(index)}))`;
    });
    const answers = parts.map(
      (
        part,
        index,
      ) => Prisma.sql`SELECT ${index}::int AS part, (SELECT count(*)::int FROM ${name(index)}) AS n,
        CASE WHEN (SELECT count(*)::int FROM ${name(index)}) < ${room(index)}
          THEN ARRAY(SELECT p."id" FROM ${name(index)} p ORDER BY ${part.order}) END AS ids`,
    );
    const rows = await this.client.$queryRaw<{ part: number; n: number; ids: string[] | null }[]>(Prisma.sql`
      WITH ${Prisma.join(ctes, ", ")}
      ${Prisma.join(answers, " UNION ALL ")} ORDER BY part`);
    return rows.map((row) => ({ count: row.n, ids: row.ids }));
  }

  /**
   * The page of a large part from its first rows in order (`walk` per page of depth, by the order's
   * index): exact when they hold the whole page, as they do for a common word; null when they do not
   * (a rarer match, a deep page). Rows past them come later in the order, so they cannot be on the page.
   */
  private async walk(part: Part, limit: number, offset: number): Promise<string[] | null> {
    const read = this.limits.walk * Math.ceil((offset + limit) / SEARCH_PAGE_SIZE);
    const rows = await this.client.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT p."id" FROM (
        SELECT p."id", p."soldCount", p."createdAt", p."priceFen", p."titleZh", p."titleEn", p."searchTokens", p."searchPinyin"
        ${FROM} WHERE ${part.base} ORDER BY ${part.order} LIMIT ${read}) p
      WHERE ${part.match} ORDER BY ${part.order} LIMIT ${limit} OFFSET ${offset}`);
    return rows.length === limit ? rows.map((row) => row.id) : null;
  }

  /** The page of a large part, as the planner sees fit. */
  private async ids(part: Part, limit: number, offset: number) {
    const rows = await this.client.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT p."id" ${FROM} WHERE ${part.base} AND ${part.match} AND ${ROW_COST}
      ORDER BY ${part.order} LIMIT ${limit} OFFSET ${offset}`);
    return rows.map((row) => row.id);
  }

  private async shops(query: ParsedQuery, fuzzy: boolean): Promise<string[]> {
    const rows = await this.client.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT s."id" FROM "Shop" s
      WHERE s."status" = 'ACTIVE' AND ${matches("s", query, fuzzy)}
      ORDER BY starts_with(lower(s."nameZh"), ${query.text}) OR starts_with(lower(s."nameEn"), ${query.text}) DESC,
        s."approvedAt" ASC NULLS LAST, s."id"
      LIMIT ${SHOP_HITS}`);
    return rows.map((row) => row.id);
  }
}
