import "server-only";
import { visibleProductSql } from "@/lib/catalog/visibility";
import { Prisma } from "@/lib/generated/prisma/client";
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
 * without Chinese, the pinyin column from a syllable start (LIKE '% q%', trigram GIN).
 */
function matches(alias: string, query: ParsedQuery): Prisma.Sql {
  const tokens = Prisma.raw(`${alias}."searchTokens"`);
  const parts = [Prisma.sql`${tokens} @> ${query.strict}::text[]`];
  if (query.loose) parts.push(Prisma.sql`${tokens} @> ${query.loose}::text[]`);
  if (query.pinyin)
    parts.push(Prisma.sql`${Prisma.raw(`${alias}."searchPinyin"`)} LIKE ${`% ${query.pinyin}%`}`);
  return any(parts);
}

/**
 * Relevance tiers: 0 a title is the query, 1 a title (or its pinyin, or its initials) starts with
 * it, 2 the title holds it, 3 the fields hold every pair of characters, 4 only every character.
 */
function relevance(query: ParsedQuery): Prisma.Sql {
  const { text, pinyin } = query;
  const zh = Prisma.sql`lower(p."titleZh")`;
  const en = Prisma.sql`lower(p."titleEn")`;
  const prefix = [Prisma.sql`starts_with(${zh}, ${text})`, Prisma.sql`starts_with(${en}, ${text})`];
  const inTitle = [
    all([
      ...query.hanRuns.map((run) => Prisma.sql`strpos(p."titleZh", ${run}) > 0`),
      // Words are letters and digits only, so the pattern needs no escaping.
      ...query.words.map((word) => Prisma.sql`(${zh} || ' ' || ${en}) ~ ${`\\m${word}`}`),
    ]),
  ];
  if (pinyin) {
    prefix.push(
      Prisma.sql`starts_with(p."searchPinyin", ${` ${pinyin}`})`,
      Prisma.sql`starts_with(split_part(p."searchPinyin", ' ', 3), ${pinyin})`,
    );
    inTitle.push(Prisma.sql`strpos(split_part(p."searchPinyin", '|', 1), ${` ${pinyin}`}) > 0`);
  }
  return Prisma.sql`CASE
    WHEN ${zh} = ${text} OR ${en} = ${text} THEN 0
    WHEN ${any(prefix)} THEN 1
    WHEN ${any(inTitle)} THEN 2
    WHEN p."searchTokens" @> ${query.strict}::text[] THEN 3
    ELSE 4 END`;
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

function orderSql(query: ParsedQuery | null, sort: SearchSort): Prisma.Sql {
  if (sort !== "relevance") return ORDERS[sort];
  return query ? Prisma.sql`${relevance(query)}, ${BEST_SELLING}` : BEST_SELLING;
}

const FROM = Prisma.sql`FROM "Product" p
  JOIN "Shop" s ON s."id" = p."shopId"
  JOIN "Category" c ON c."id" = p."categoryId"`;

export class PostgresSearchEngine implements SearchEngine {
  constructor(private readonly client: RawQueryClient) {}

  async search(query: string, filters: SearchFilters, sort: SearchSort, page: number): Promise<SearchResult> {
    const parsed = parseQuery(query);
    // Typed, but nothing searchable in it ("%", "!!"): nothing matches, rather than everything.
    if (!parsed && cleanQuery(query)) return { productIds: [], total: 0, page, pageCount: 1, shopIds: [] };
    const where = Prisma.sql`${visibleProductSql} AND ${filterSql(filters)}
      AND ${parsed ? matches("p", parsed) : Prisma.sql`TRUE`}`;
    const offset = (page - 1) * SEARCH_PAGE_SIZE;
    const [rows, shopIds] = await Promise.all([
      this.client.$queryRaw<{ id: string; total: number }[]>(Prisma.sql`
        SELECT p."id", (count(*) OVER ())::int AS total ${FROM}
        WHERE ${where}
        ORDER BY ${orderSql(parsed, sort)}
        LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`),
      parsed && page === 1 && !filters.shop ? this.shops(parsed) : Promise.resolve([]),
    ]);
    // Past the last page the window has no row to carry the count.
    const total =
      rows[0]?.total ??
      (page > 1
        ? ((
            await this.client.$queryRaw<{ total: number }[]>(
              Prisma.sql`SELECT count(*)::int AS total ${FROM} WHERE ${where}`,
            )
          )[0]?.total ?? 0)
        : 0);
    return {
      productIds: rows.map((row) => row.id),
      total,
      page,
      pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
      shopIds,
    };
  }

  private async shops(query: ParsedQuery): Promise<string[]> {
    const rows = await this.client.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT s."id" FROM "Shop" s
      WHERE s."status" = 'ACTIVE' AND ${matches("s", query)}
      ORDER BY starts_with(lower(s."nameZh"), ${query.text}) OR starts_with(lower(s."nameEn"), ${query.text}) DESC,
        s."approvedAt" ASC NULLS LAST, s."id"
      LIMIT ${SHOP_HITS}`);
    return rows.map((row) => row.id);
  }
}
