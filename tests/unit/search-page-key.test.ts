import { describe, expect, it } from "vitest";
import {
  EVERYTHING_KEY,
  MAX_KEY_LENGTH,
  searchPageKey,
  searchParamsFromKey,
  searchRoute,
} from "@/lib/search/page-key";
import { parseSearchParams } from "@/lib/search/params";

/** Where the proxy sends a storefront read of this URL: the rewritten path, 404, or untouched. */
function routed(url: string): string {
  const { pathname, searchParams } = new URL(url, "http://localhost");
  const route = searchRoute(pathname, searchParams);
  if (!route) return "untouched";
  return "notFound" in route ? "404" : route.rewrite;
}
const keyOf = (url: string) => routed(url).split("/").pop() ?? "";

describe("the search page's cache key", () => {
  it("is the same for every spelling of one search, and differs when the search does", () => {
    const same = [
      "/zh-CN/search?q=茶&sort=price_asc&min=12.80",
      "/zh-CN/search?min=12.8&sort=price_asc&q=%E8%8C%B6&utm_source=x",
      "/zh-CN/search?q=+茶+&q=咖啡&sort=price_asc&min=012.80&page=1&stock=0",
    ];
    expect(new Set(same.map(keyOf)).size).toBe(1);
    expect(keyOf("/zh-CN/search?q=茶&sort=price_asc&min=12.80&page=2")).not.toBe(keyOf(same[0]!));
    expect(keyOf("/zh-CN/search?q=茶")).not.toBe(keyOf("/zh-CN/search?q=茶叶"));
  });

  it("keeps the language in the path and stands for exactly the parsed search", () => {
    expect(routed("/en/search?q=tea&stock=1")).toMatch(/^\/en\/search\/[A-Za-z0-9_-]+$/);
    expect(routed("/zh-CN/search")).toBe(`/zh-CN/search/${EVERYTHING_KEY}`);
    expect(routed("/zh-CN/search?sort=nope&page=abc&min=-1")).toBe(`/zh-CN/search/${EVERYTHING_KEY}`);
    const raw = {
      q: "绿松石 手链",
      category: "turquoise",
      min: "100",
      max: "20",
      stock: "1",
      sort: "newest",
      page: "3",
    };
    const params = parseSearchParams(raw);
    expect(searchParamsFromKey(searchPageKey(params) ?? "")).toEqual(params);
  });

  it("is bounded whatever is sent: hostile text becomes a short key of the parsed query", () => {
    for (const q of ["%25", "_", "\\", "'; DROP TABLE x", "x".repeat(5_000), "茶".repeat(30), "\u0000"]) {
      const key = keyOf(`/zh-CN/search?q=${encodeURIComponent(q)}&page=99999999&min=abc`);
      expect(key).toMatch(new RegExp(`^[A-Za-z0-9_-]{1,${MAX_KEY_LENGTH}}$`));
      expect(searchParamsFromKey(key)).not.toBeNull();
    }
  });

  it("leaves a search whose key would be too long a file name to the page rendered per request", () => {
    const long = `/zh-CN/search?q=${"🍵".repeat(300)}&category=${"a".repeat(64)}&shop=${"b".repeat(64)}`;
    expect(routed(long)).toBe("untouched");
    expect(searchPageKey(parseSearchParams({ q: "茶".repeat(50), shop: "b".repeat(64) }))).toBeNull();
  });

  it("serves a key typed in as a path only when it is one the proxy writes", () => {
    const key = keyOf("/zh-CN/search?q=茶");
    expect(routed(`/zh-CN/search/${key}`)).toBe("untouched");
    expect(routed(`/zh-CN/search/${EVERYTHING_KEY}`)).toBe("untouched");
    // The same text in another order, junk, padding or a deeper path would each be a new entry.
    const reordered = Buffer.from("茶\n\n\n\n\n\n\n\n").toString("base64url");
    for (const path of [reordered, "nonsense", "x".repeat(500), `${key}/more`, "%E8%8C%B6"]) {
      expect(routed(`/zh-CN/search/${path}`), path).toBe("404");
    }
  });

  it("leaves every other page alone", () => {
    for (const path of ["/zh-CN", "/zh-CN/searchx", "/zh-CN/p/abc?q=1", "/search?q=茶", "/seller"]) {
      expect(routed(path), path).toBe("untouched");
    }
  });
});
