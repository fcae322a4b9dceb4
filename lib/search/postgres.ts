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
 * The relevance tiers, disjoint: 1 a title starts with the query (or its pinyin does), 2 the title
 * holds every token (or the title's pinyin the letters), 3 any other match (shop, category, the
 * characters one by one). Each is read in sales order and stops after a page, so a one-character
 * query matching half the catalog costs a page, not half the catalog.
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
  const first = Prisma.sql`(${any(prefix)} AND ${match})`;
  // coalesce: a stale row's NULL pinyin must not make NOT drop it from every tier.
  const notFirst = Prisma.sql`NOT coalesce(${first}, FALSE)`;
  const second = Prisma.sql`(${notFirst} AND ${any(title)})`;
  const third = Prisma.sql`(${notFirst} AND NOT coalesce(${any(title)}, FALSE) AND ${match})`;
  return [first, second, third];
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

export class PostgresSearchEngine implements SearchEngine {
  constructor(private readonly client: RawQueryClient) {}

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
    // Each part: its rows, in its order, one after the other.
    const parts: { where: Prisma.Sql; order: Prisma.Sql }[] =
      parsed && sort === "relevance"
        ? relevanceTiers(parsed, fuzzy).map((tier, index) => ({
            where: Prisma.sql`${base} AND ${tier}`,
            order: index === 0 ? exactFirst(parsed) : BEST_SELLING,
          }))
        : [
            {
              where: Prisma.sql`${base} AND ${parsed ? matches("p", parsed, fuzzy) : Prisma.sql`TRUE`}`,
              order: sort === "relevance" ? BEST_SELLING : ORDERS[sort],
            },
          ];
    const start = (page - 1) * SEARCH_PAGE_SIZE;
    const productIds: string[] = [];
    let total = 0;
    for (const part of parts) {
      const room = SEARCH_CAP - total;
      if (room <= 0) break;
      const count = await this.count(part.where, room);
      // The part of this page that falls in this part.
      const from = Math.max(0, start - total);
      const want = Math.min(count - from, SEARCH_PAGE_SIZE - productIds.length);
      if (want > 0) productIds.push(...(await this.ids(part.where, part.order, want, from)));
      total += count;
    }
    const shopIds = parsed && page === 1 && !filters.shop ? await this.shops(parsed, fuzzy) : [];
    return {
      productIds,
      total,
      capped: total >= SEARCH_CAP,
      page,
      pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
      shopIds,
    };
  }

  /** How many rows match, counting no further than `cap` (a common word must not cost a full scan). */
  private async count(where: Prisma.Sql, cap: number): Promise<number> {
    const rows = await this.client.$queryRaw<{ n: number }[]>(Prisma.sql`
      SELECT count(*)::int AS n FROM (SELECT 1 ${FROM} WHERE ${where} LIMIT ${cap}) AS hits`);
    return rows[0]?.n ?? 0;
  }

  private async ids(where: Prisma.Sql, order: Prisma.Sql, limit: number, offset: number) {
    const rows = await this.client.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT p."id" ${FROM} WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`);
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
