import { describe, expect, it } from "vitest";
import {
  isNeverCached,
  isPageDataRequest,
  offlinePageFor,
  PRODUCT_PAGES_CACHE,
  pageCacheFor,
  pageUrlOf,
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
  it("counts a client navigation's data request, not a prefetch nor a plain fetch", () => {
    const url = "http://localhost/p/abc?_rsc=1x2y";
    expect(isPageDataRequest(new Request(url, { headers: { RSC: "1" } }))).toBe(true);
    expect(isPageDataRequest(new Request(url, { headers: { RSC: "1", "Next-Router-Prefetch": "1" } }))).toBe(
      false,
    );
    expect(isPageDataRequest(new Request(url))).toBe(false);
  });

  it("keeps the page's own query and drops only Next's cache-buster", () => {
    expect(pageUrlOf(new URL("http://localhost/c/tea?page=2&_rsc=abc")).toString()).toBe(
      "http://localhost/c/tea?page=2",
    );
  });
});

describe("the offline page", () => {
  it("speaks the language of the page that could not be reached", () => {
    expect(offlinePageFor("/en/p/abc")).toBe("/en/offline");
    expect(offlinePageFor("/zh-CN/cart")).toBe("/zh-CN/offline");
    expect(offlinePageFor("/seller")).toBe("/zh-CN/offline");
  });
});
