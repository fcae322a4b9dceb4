// The search page's URL (?q=&category=&min=&max=&stock=1&shop=&kind=&sort=&page=) read into the
// engine's arguments, and written back for links. Anything that does not parse is left out, never an error.
import { parsePageParam } from "@/lib/catalog/page-param";
import { parseRouteText } from "@/lib/validation/text";
import { PRODUCT_KINDS, type ProductKind, SEARCH_SORTS, type SearchFilters, type SearchSort } from "./index";
import { cleanQuery } from "./query";

type Raw = Record<string, string | string[] | undefined>;

export type SearchParams = { q: string; filters: SearchFilters; sort: SearchSort; page: number };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const SLUG = /^[a-z0-9-]{1,64}$/;
// Yuan as a buyer types it: "100", "99.5", "12.80"; at most ten million yuan.
const YUAN = /^\d{1,8}(\.\d{1,2})?$/;

function slug(value: string | string[] | undefined): string | undefined {
  const text = parseRouteText(value)?.trim().toLowerCase();
  return text && SLUG.test(text) ? text : undefined;
}

/** A price typed in yuan, as fen; undefined when it is not a price. */
export function yuanToFen(value: string | string[] | undefined): number | undefined {
  const text = first(value)?.trim();
  if (!text || !YUAN.test(text)) return undefined;
  const [yuan = "0", fen = ""] = text.split(".");
  return Number(yuan) * 100 + Number(fen.padEnd(2, "0"));
}

function oneOf<T extends string>(options: readonly T[], value: string | string[] | undefined): T | undefined {
  const text = first(value);
  return options.find((option) => option === text);
}

export function parseSearchParams(raw: Raw): SearchParams {
  let minFen = yuanToFen(raw.min);
  let maxFen = yuanToFen(raw.max);
  // "from 500 to 100" means between them.
  if (minFen !== undefined && maxFen !== undefined && minFen > maxFen) [minFen, maxFen] = [maxFen, minFen];
  const filters: SearchFilters = {
    category: slug(raw.category),
    shop: slug(raw.shop),
    kind: oneOf<ProductKind>(PRODUCT_KINDS, raw.kind),
    minFen,
    maxFen,
    inStock: first(raw.stock) === "1" || undefined,
  };
  for (const key of Object.keys(filters) as (keyof SearchFilters)[])
    if (filters[key] === undefined) delete filters[key];
  return {
    q: cleanQuery(first(raw.q)),
    filters,
    sort: oneOf<SearchSort>(SEARCH_SORTS, raw.sort) ?? "relevance",
    page: parsePageParam(raw.page),
  };
}

const fenToYuan = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));

/** The URL of these parameters (defaults left out), with `change` applied; page 1 unless given. */
export function searchHref(
  params: SearchParams,
  change: Partial<SearchParams> & { filters?: SearchFilters } = {},
) {
  const text = searchQueryString({ ...params, page: 1, ...change });
  return text ? `/search?${text}` : "/search";
}

/**
 * The query string of exactly these parameters, in one fixed order with defaults left out: two URLs
 * that parse the same write the same text (the search page's cache key, lib/search/page-key.ts).
 */
export function searchQueryString(next: SearchParams): string {
  const { filters } = next;
  const query = new URLSearchParams();
  if (next.q) query.set("q", next.q);
  if (filters.category) query.set("category", filters.category);
  if (filters.kind) query.set("kind", filters.kind);
  if (filters.shop) query.set("shop", filters.shop);
  if (filters.minFen !== undefined) query.set("min", fenToYuan(filters.minFen));
  if (filters.maxFen !== undefined) query.set("max", fenToYuan(filters.maxFen));
  if (filters.inStock) query.set("stock", "1");
  if (next.sort !== "relevance") query.set("sort", next.sort);
  if (next.page > 1) query.set("page", String(next.page));
  return query.toString();
}

export const hasFilters = (filters: SearchFilters) => Object.keys(filters).length > 0;
