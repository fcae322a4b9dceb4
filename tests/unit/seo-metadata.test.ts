import { describe, expect, it } from "vitest";
import { absoluteUrl, languageAlternates, metaDescription, storePageMetadata } from "@/lib/seo/metadata";

const site = new URL("https://market.example.cn");

describe("storefront metadata", () => {
  it("names the canonical URL in the page's own language, absolute on the public origin", () => {
    const metadata = storePageMetadata({ site, locale: "en", path: "/p/abc", title: "Tea" });
    expect(metadata.alternates?.canonical).toBe("https://market.example.cn/en/p/abc");
    expect(metadata.openGraph?.url).toBe("https://market.example.cn/en/p/abc");
  });

  it("lists both languages and an x-default that picks one for the visitor", () => {
    expect(languageAlternates(site, "/s/guo")).toEqual({
      "zh-CN": "https://market.example.cn/zh-CN/s/guo",
      en: "https://market.example.cn/en/s/guo",
      "x-default": "https://market.example.cn/s/guo",
    });
    expect(languageAlternates(site, "/")).toEqual({
      "zh-CN": "https://market.example.cn/zh-CN",
      en: "https://market.example.cn/en",
      "x-default": "https://market.example.cn/",
    });
  });

  it("fills Open Graph and the Twitter card, with the other language as alternate locale", () => {
    const metadata = storePageMetadata({
      site,
      locale: "zh-CN",
      path: "/c/tea",
      title: "茶叶",
      description: "高山绿茶",
      siteName: "下营村电商集市",
      image: { url: "/images/x1", width: 800, height: 800, alt: "茶叶" },
    });
    expect(metadata.openGraph).toMatchObject({
      title: "茶叶",
      description: "高山绿茶",
      siteName: "下营村电商集市",
      locale: "zh_CN",
      alternateLocale: ["en_US"],
      images: [{ url: "https://market.example.cn/images/x1", width: 800, height: 800, alt: "茶叶" }],
    });
    expect(metadata.twitter).toMatchObject({
      card: "summary_large_image",
      title: "茶叶",
      images: ["https://market.example.cn/images/x1"],
    });
  });

  it("leaves images out when the page has an opengraph-image file to supply them", () => {
    const metadata = storePageMetadata({ site, locale: "en", path: "/p/abc", title: "Tea" });
    expect(metadata.openGraph).not.toHaveProperty("images");
    expect(metadata.twitter).not.toHaveProperty("images");
  });

  it("resolves storefront paths against the public origin", () => {
    expect(absoluteUrl(new URL("http://localhost:3000/"), "/zh-CN/p/1")).toBe(
      "http://localhost:3000/zh-CN/p/1",
    );
  });

  it("shortens long descriptions on a character boundary and drops empty ones", () => {
    expect(metaDescription("  绿松石\n\n手链  ")).toBe("绿松石 手链");
    expect(metaDescription("   ")).toBeUndefined();
    const long = metaDescription("松".repeat(200), 10);
    expect(long).toBe(`${"松".repeat(9)}…`);
  });
});
