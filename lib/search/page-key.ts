// The search page as a path, so it is cached like every other storefront page. Buyers keep the
// query-string URL (`/zh-CN/search?q=茶&page=2`: plain GET forms, works without JavaScript); the proxy
// rewrites it to `/zh-CN/search/<key>`, which Next renders whole on the first visit and then serves
// from its page cache until a write expires the results' tags or their minute runs out (cacheLife
// "search"). Per request that is a cache read instead of a render (README, Search).
//
// The key is the *parsed* search (50 characters of text at most, known sorts, slug-shaped filters,
// prices, page ≤ 10,000) in one fixed form, so junk parameters, repeats and other spellings of one
// search share an entry. It is a file name in the page cache, so it is kept short: a search whose key
// would be longer (a long Chinese query with filters) is rendered per request instead, as all were
// before. A key typed in as a path is served only when it is one the proxy writes; anything else is
// 404, so the cache holds nothing the proxy would not have put there.
import { splitLocale } from "@/lib/i18n/paths";
import { parseSearchParams, type SearchParams, searchQueryString } from "./params";

/** The key of the search with nothing typed and no filter (every product, best sellers first). */
export const EVERYTHING_KEY = "all";
/** Longest key: the page cache writes `<key>.html`, `<key>.segments/`…, and a file name is ≤ 255 bytes. */
export const MAX_KEY_LENGTH = 200;
const KEY = /^[A-Za-z0-9_-]+$/;
// The parameters in their canonical order, one a line (a cleaned query has no line break).
const FIELDS = ["q", "category", "kind", "shop", "min", "max", "stock", "sort", "page"] as const;

/** The key of these (already parsed) parameters; null when it would be too long to be a file name. */
export function searchPageKey(params: SearchParams): string | null {
  const canonical = new URLSearchParams(searchQueryString(params));
  const lines = FIELDS.map((field) => canonical.get(field) ?? "");
  while (lines.length > 0 && lines.at(-1) === "") lines.pop();
  if (lines.length === 0) return EVERYTHING_KEY;
  const key = Buffer.from(lines.join("\n"), "utf8").toString("base64url");
  return key.length <= MAX_KEY_LENGTH ? key : null;
}

/** The parameters a key stands for; null when it is not a key `searchPageKey` writes. */
export function searchParamsFromKey(key: string): SearchParams | null {
  if (key.length > MAX_KEY_LENGTH || !KEY.test(key)) return null;
  const lines = key === EVERYTHING_KEY ? [] : Buffer.from(key, "base64url").toString("utf8").split("\n");
  const raw = Object.fromEntries(FIELDS.map((field, index) => [field, lines[index]]));
  const params = parseSearchParams(raw);
  return searchPageKey(params) === key ? params : null;
}

export type SearchRoute = { rewrite: string } | { notFound: true } | null;

const SEARCH = "/search";

/**
 * What the proxy does with a storefront read: `/{locale}/search?…` is rewritten to its key's path
 * (null, the page rendered per request, when the key would be too long); a key path that is not one
 * the proxy writes is not found; any other path (null) goes on untouched.
 */
export function searchRoute(pathname: string, query: URLSearchParams): SearchRoute {
  const split = splitLocale(pathname);
  if (!split || (split.rest !== SEARCH && !split.rest.startsWith(`${SEARCH}/`))) return null;
  if (split.rest === SEARCH) {
    const raw: Record<string, string> = {};
    for (const [name, value] of query) raw[name] ??= value;
    const key = searchPageKey(parseSearchParams(raw));
    return key ? { rewrite: `/${split.locale}${SEARCH}/${key}` } : null;
  }
  return searchParamsFromKey(split.rest.slice(SEARCH.length + 1)) ? null : { notFound: true };
}
