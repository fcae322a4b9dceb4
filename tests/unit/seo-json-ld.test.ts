import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { JsonLd } from "@/components/seo/json-ld";
import {
  availability,
  breadcrumbJsonLd,
  fenToDecimal,
  type ProductForJsonLd,
  productJsonLd,
  serializeJsonLd,
  shopJsonLd,
} from "@/lib/seo/json-ld";

const site = new URL("https://market.example.cn");
const shop = {
  slug: "guo",
  name: { zh: "郭师傅绿松石", en: "Master Guo's Turquoise" },
  story: { zh: "三代手艺", en: "Three generations" },
  village: { name: { zh: "下营村", en: "Xiaying" }, county: { zh: "郧西县", en: "Yunxi County" } },
};
const product: ProductForJsonLd = {
  id: "p1",
  title: { zh: "绿松石手链", en: "Turquoise bracelet" },
  description: { zh: "手工打磨", en: "" },
  priceFen: 128050,
  stock: 12,
  imageIds: ["img1", "img2"],
  category: { name: { zh: "绿松石", en: "Turquoise" } },
  shop,
};

describe("fenToDecimal", () => {
  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [100, "1.00"],
    [128050, "1280.50"],
    [900719925474099, "9007199254740.99"],
  ])("%i fen is %s yuan", (fen, text) => expect(fenToDecimal(fen)).toBe(text));

  it("refuses what is not a whole fen", () => {
    expect(() => fenToDecimal(1.5)).toThrow(RangeError);
    expect(() => fenToDecimal(-1)).toThrow(RangeError);
  });
});

describe("Product JSON-LD", () => {
  it("offers the product in CNY at its price, sold by the shop, at the page's URL", () => {
    const data = productJsonLd(site, "zh-CN", product);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "绿松石手链",
      description: "手工打磨",
      category: "绿松石",
      url: "https://market.example.cn/zh-CN/p/p1",
      image: ["https://market.example.cn/images/img1", "https://market.example.cn/images/img2"],
      offers: {
        "@type": "Offer",
        price: "1280.50",
        priceCurrency: "CNY",
        availability: "https://schema.org/InStock",
        url: "https://market.example.cn/zh-CN/p/p1",
        seller: {
          "@type": "Organization",
          name: "郭师傅绿松石",
          url: "https://market.example.cn/zh-CN/s/guo",
        },
      },
    });
  });

  it("speaks English on English pages, falling back to Chinese for a missing English text", () => {
    expect(productJsonLd(site, "en", product)).toMatchObject({
      name: "Turquoise bracelet",
      description: "手工打磨",
      url: "https://market.example.cn/en/p/p1",
    });
  });

  it.each([
    [20, "https://schema.org/InStock"],
    [6, "https://schema.org/InStock"],
    [5, "https://schema.org/LimitedAvailability"],
    [1, "https://schema.org/LimitedAvailability"],
    [0, "https://schema.org/OutOfStock"],
  ])("stock %i is %s", (stock, expected) => {
    expect(availability(stock)).toBe(expected);
    const offers = (productJsonLd(site, "en", { ...product, stock }) as { offers: { availability: string } })
      .offers;
    expect(offers.availability).toBe(expected);
  });

  it("leaves out images a product has none of", () => {
    expect(productJsonLd(site, "en", { ...product, imageIds: [] })).not.toHaveProperty("image");
  });
});

describe("shop and breadcrumb JSON-LD", () => {
  it("describes a shop as an Organization in its village", () => {
    expect(shopJsonLd(site, "en", shop)).toEqual({
      "@context": "https://schema.org",
      "@type": "Organization",
      name: "Master Guo's Turquoise",
      url: "https://market.example.cn/en/s/guo",
      description: "Three generations",
      address: {
        "@type": "PostalAddress",
        addressLocality: "Xiaying",
        addressRegion: "Yunxi County",
        addressCountry: "CN",
      },
    });
  });

  it("numbers the crumbs from 1 with absolute URLs in the page's language", () => {
    const data = breadcrumbJsonLd(site, "zh-CN", [
      { name: "首页", path: "/" },
      { name: "茶叶", path: "/c/tea" },
    ]);
    expect(data.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "首页", item: "https://market.example.cn/zh-CN" },
      { "@type": "ListItem", position: 2, name: "茶叶", item: "https://market.example.cn/zh-CN/c/tea" },
    ]);
  });
});

describe("embedding JSON-LD", () => {
  const hostile = "</script><script>alert(1)</script> & <!-- \u2028\u2029";

  it("escapes every character that could close the script or start markup", () => {
    const text = serializeJsonLd(
      productJsonLd(site, "en", { ...product, title: { zh: hostile, en: hostile } }),
    );
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain("\\u003c/script\\u003e");
    expect((JSON.parse(text) as { name: string }).name).toBe(hostile);
  });

  it("renders one inert script whose content reads back as the same data", () => {
    const data = productJsonLd(site, "en", { ...product, title: { zh: hostile, en: hostile } });
    const html = renderToStaticMarkup(createElement(JsonLd, { data }));
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain("alert(1)</script>");
    const body = html.replace(/^<script type="application\/ld\+json">/, "").replace(/<\/script>$/, "");
    expect(JSON.parse(body)).toEqual(data);
  });
});
