import { describe, expect, it } from "vitest";
import robots from "@/app/robots";
import { sitemapIds, sitemapIndexXml, sitemapPart } from "@/lib/seo/sitemap";
import { PAGES_PER_SITEMAP } from "@/lib/seo/sitemap-entries";
import { createCategory, createProduct, createShop } from "../support/factories";

const site = new URL("https://market.example.cn");

/** Every URL of every part, when each product part holds `pageSize` products. */
async function wholeSitemap(pageSize: number) {
  const ids = await sitemapIds(pageSize);
  const parts = await Promise.all(ids.map((id) => sitemapPart(site, id, pageSize)));
  return { ids, parts, urls: parts.flat().map((entry) => entry.url) };
}

describe("sitemap", () => {
  it("lists home, categories, open shops and visible products in both languages, and nothing hidden", async () => {
    const category = await createCategory("AGRICULTURE");
    const open = await createShop();
    const suspended = await createShop({ status: "SUSPENDED" });
    const pending = await createShop({ status: "PENDING" });
    const visible = await createProduct(open.shop.id, { categoryId: category.id });
    const soldOut = await createProduct(open.shop.id, { categoryId: category.id, stock: 0 });
    const hidden = [
      await createProduct(open.shop.id, { status: "DRAFT" }),
      await createProduct(open.shop.id, { status: "ARCHIVED" }),
      await createProduct(suspended.shop.id),
      await createProduct(pending.shop.id),
    ];

    const { urls } = await wholeSitemap(PAGES_PER_SITEMAP);

    for (const locale of ["zh-CN", "en"]) {
      expect(urls).toContain(`https://market.example.cn/${locale}`);
      expect(urls).toContain(`https://market.example.cn/${locale}/c/${category.slug}`);
      expect(urls).toContain(`https://market.example.cn/${locale}/s/${open.shop.slug}`);
      expect(urls).toContain(`https://market.example.cn/${locale}/p/${visible.id}`);
      // Sold out is still a page worth finding (it says so, and comes back in stock).
      expect(urls).toContain(`https://market.example.cn/${locale}/p/${soldOut.id}`);
    }
    const text = urls.join("\n");
    for (const product of hidden) expect(text).not.toContain(product.id);
    for (const shop of [suspended, pending]) expect(text).not.toContain(shop.shop.slug);
  });

  it("names every language version of a page, and x-default, beside each URL", async () => {
    const { shop } = await createShop();
    const product = await createProduct(shop.id);

    const { parts } = await wholeSitemap(PAGES_PER_SITEMAP);
    const entry = parts.flat().find((e) => e.url === `https://market.example.cn/en/p/${product.id}`);

    expect(entry?.alternates?.languages).toEqual({
      "zh-CN": `https://market.example.cn/zh-CN/p/${product.id}`,
      en: `https://market.example.cn/en/p/${product.id}`,
      "x-default": `https://market.example.cn/p/${product.id}`,
    });
    expect(entry?.lastModified).toEqual(product.updatedAt);
  });

  it("splits the products into parts of a bounded size, each product in exactly one part", async () => {
    const { shop } = await createShop();
    const products = [];
    for (let i = 0; i < 5; i++) products.push(await createProduct(shop.id));

    const { ids, parts, urls } = await wholeSitemap(2);

    expect(ids[0]).toBe(0);
    expect(ids.length).toBeGreaterThanOrEqual(1 + Math.ceil(5 / 2));
    // Two URLs (zh-CN, en) per product, at most `pageSize` products per product part.
    for (const part of parts.slice(1)) expect(part.length).toBeLessThanOrEqual(4);
    for (const product of products) {
      expect(urls.filter((url) => url.endsWith(`/p/${product.id}`))).toHaveLength(2);
    }
    expect(new Set(urls).size).toBe(urls.length);
    expect(await sitemapPart(site, ids.length, 2)).toEqual([]);
    expect(await sitemapPart(site, -1, 2)).toEqual([]);
    expect(await sitemapPart(site, Number.NaN, 2)).toEqual([]);
  });

  it("keeps a real-size part within Google's 50,000 URLs", () => {
    expect(PAGES_PER_SITEMAP * 2).toBeLessThanOrEqual(50_000);
  });

  it("serves an index of every part for robots.txt to name", async () => {
    const xml = await sitemapIndexXml(site);

    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locations).toHaveLength((await sitemapIds()).length);
    expect(locations[0]).toBe("https://market.example.cn/sitemap/0.xml");
  });
});

describe("robots.txt", () => {
  it("lets crawlers into the storefront, keeps them out of private pages and points to the sitemap", () => {
    const rules = robots();
    const rule = Array.isArray(rules.rules) ? rules.rules[0] : rules.rules;

    expect(rule?.allow).toBe("/");
    for (const path of ["/seller", "/admin", "/api", "/cart", "/checkout", "/orders", "/pay"]) {
      expect(rule?.disallow).toContain(path);
      expect(rule?.disallow).toContain(`/en${path}`);
      expect(rule?.disallow).toContain(`/zh-CN${path}`);
    }
    for (const path of ["/p", "/s", "/c", "/search", "/images"]) {
      expect(rule?.disallow).not.toContain(path);
    }
    expect(rules.sitemap).toMatch(/^https?:\/\/[^/]+\/sitemap_index\.xml$/);
  });
});
