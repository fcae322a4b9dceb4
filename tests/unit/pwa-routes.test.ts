import { describe, expect, it } from "vitest";
import {
  isNeverCached,
  offlinePageFor,
  PRODUCT_PAGES_CACHE,
  pageCacheFor,
  pageToKeep,
  STORE_PAGES_CACHE,
} from "@/lib/pwa/routes";

describe("what the service worker may keep", () => {
  it.each([
    "/cart",
    "/zh-CN/cart",
    "/en/checkout",
    "/checkout",
    "/orders",
    "/en/orders/abc",
    "/pay/o1",
    "/zh-CN/pay/o1/return",
    "/seller",
    "/seller/products/new",
    "/admin/money",
    "/signin",
    "/signup",
    "/api/auth/session",
    "/api/stripe/webhook",
    "/offline",
    "/en/offline",
  ])("never keeps %s", (path) => {
    expect(isNeverCached(path)).toBe(true);
    expect(pageCacheFor(path)).toBeUndefined();
  });

  it.each([
    ["/p/abc", PRODUCT_PAGES_CACHE],
    ["/zh-CN/p/abc", PRODUCT_PAGES_CACHE],
    ["/en/p/abc", PRODUCT_PAGES_CACHE],
    ["/", STORE_PAGES_CACHE],
    ["/en", STORE_PAGES_CACHE],
    ["/zh-CN/c/tea", STORE_PAGES_CACHE],
    ["/s/guo", STORE_PAGES_CACHE],
  ])("keeps %s in %s", (path, cache) => {
    expect(pageCacheFor(path)).toBe(cache);
  });

  it.each(["/search", "/en/search", "/p/abc/extra", "/cartoon", "/images/x", "/healthz"])(
    "keeps no page copy of %s",
    (path) => {
      expect(pageCacheFor(path)).toBeUndefined();
    },
  );

  it("matches whole sections only: a product called 'cart' is still a product", () => {
    expect(isNeverCached("/cartoon")).toBe(false);
    expect(pageCacheFor("/p/cart")).toBe(PRODUCT_PAGES_CACHE);
  });
});

describe("pages opened by a link", () => {
  const origin = "http://localhost:3000";

  it("keeps the product or store page the shopper opened, with its own query", () => {
    expect(pageToKeep({ type: "keep-page", path: "/en/p/abc" }, origin)?.href).toBe(`${origin}/en/p/abc`);
    expect(pageToKeep({ type: "keep-page", path: "/zh-CN/c/tea?x=1" }, origin)?.href).toBe(
      `${origin}/zh-CN/c/tea?x=1`,
    );
  });

  it.each([
    ["a private page", { type: "keep-page", path: "/en/cart" }],
    ["a search", { type: "keep-page", path: "/en/search?q=tea" }],
    ["another site", { type: "keep-page", path: "//evil.example/p/abc" }],
    ["a full foreign URL", { type: "keep-page", path: "https://evil.example/p/abc" }],
    ["another message", { type: "skip-waiting", path: "/en/p/abc" }],
    ["no path", { type: "keep-page" }],
    ["a number", 42],
    ["nothing", null],
  ])("ignores %s", (_what, message) => {
    expect(pageToKeep(message, origin)).toBeUndefined();
  });
});

describe("the offline page", () => {
  it("speaks the language of the page that could not be reached", () => {
    expect(offlinePageFor("/en/p/abc")).toBe("/en/offline");
    expect(offlinePageFor("/zh-CN/cart")).toBe("/zh-CN/offline");
    expect(offlinePageFor("/seller")).toBe("/zh-CN/offline");
  });
});
