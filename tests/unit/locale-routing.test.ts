import { describe, expect, it } from "vitest";
import { storefrontRedirect } from "@/lib/i18n/locale-routing";

const get = (path: string, acceptLanguage = "zh-CN,zh;q=0.9") =>
  new Request(`http://localhost${path}`, { headers: { "accept-language": acceptLanguage } });
const target = (path: string, cookie?: string, acceptLanguage?: string) =>
  storefrontRedirect(get(path, acceptLanguage), cookie)?.toString().replace("http://localhost", "") ?? null;

describe("old storefront URLs", () => {
  it("go to the same page in the visitor's language: the cookie first, then the browser's", () => {
    expect(target("/")).toBe("/zh-CN");
    expect(target("/p/abc", "en")).toBe("/en/p/abc");
    expect(target("/cart", undefined, "en-US,en;q=0.9")).toBe("/en/cart");
    expect(target("/pay/o1/return?session_id=cs_1", "zh-CN")).toBe("/zh-CN/pay/o1/return?session_id=cs_1");
  });

  it("turn list queries into the list's own path, keeping any other query", () => {
    expect(target("/c/turquoise?type=bracelet&page=2", "en")).toBe("/en/c/turquoise/type/bracelet/page/2");
    expect(target("/s/guo?page=3&utm=x", "en")).toBe("/en/s/guo/page/3?utm=x");
    expect(target("/en/c/tea?page=2")).toBe("/en/c/tea/page/2");
  });

  it("leave prefixed pages, per-user pages and nonsense page numbers alone", () => {
    expect(target("/en/p/abc")).toBeNull();
    expect(target("/seller")).toBeNull();
    expect(target("/admin/money")).toBeNull();
    expect(target("/c/tea?page=0", "en")).toBe("/en/c/tea");
  });
});
