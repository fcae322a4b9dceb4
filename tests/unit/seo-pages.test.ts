import { describe, expect, it } from "vitest";
import type { ProductDetail } from "@/lib/catalog/product";
import {
  categoryMetadata,
  homeMetadata,
  productMetadata,
  productStructuredData,
  searchMetadata,
  shopMetadata,
  shopStructuredData,
} from "@/lib/seo/pages";

const site = new URL("https://market.example.cn");
const product: ProductDetail = {
  id: "p1",
  titleZh: "高山绿茶",
  titleEn: "Mountain green tea",
  descriptionZh: "明前采摘",
  descriptionEn: "Picked before Qingming",
  priceFen: 8800,
  stock: 3,
  unit: "JIN",
  category: { slug: "tea", nameZh: "茶叶", nameEn: "Tea" },
  shop: {
    slug: "wang",
    nameZh: "王家茶园",
    nameEn: "Wang's Tea",
    storyZh: "三代种茶",
    storyEn: "Three generations",
  },
  images: [{ id: "img1", width: 800, height: 800 }],
  voiceNote: null,
};

describe("storefront page SEO", () => {
  it("a product page: canonical, description, and Product + BreadcrumbList data", () => {
    const metadata = productMetadata(site, "en", product, "Xiaying Village Market");
    expect(metadata.title).toBe("Mountain green tea");
    expect(metadata.description).toBe("Picked before Qingming");
    expect(metadata.alternates?.canonical).toBe("https://market.example.cn/en/p/p1");

    const [productData, breadcrumbs] = productStructuredData(site, "en", product, "Home");
    expect(productData).toMatchObject({
      "@type": "Product",
      offers: { price: "88.00", availability: "https://schema.org/LimitedAvailability" },
    });
    expect(breadcrumbs).toMatchObject({
      "@type": "BreadcrumbList",
      itemListElement: [
        { name: "Home", item: "https://market.example.cn/en" },
        { name: "Tea", item: "https://market.example.cn/en/c/tea" },
        { name: "Mountain green tea", item: "https://market.example.cn/en/p/p1" },
      ],
    });
  });

  it("a shop page names its own page of products as canonical", () => {
    const shop = { ...product.shop };
    expect(shopMetadata(site, "zh-CN", shop, "下营村电商集市").alternates?.canonical).toBe(
      "https://market.example.cn/zh-CN/s/wang",
    );
    expect(shopMetadata(site, "zh-CN", shop, "下营村电商集市", 2).alternates?.canonical).toBe(
      "https://market.example.cn/zh-CN/s/wang/page/2",
    );
    expect(shopStructuredData(site, "zh-CN", shop)[0]).toMatchObject({
      "@type": "Organization",
      name: "王家茶园",
    });
  });

  it("the home page's title is the site's name alone, not twice", () => {
    const metadata = homeMetadata(site, "zh-CN", "下营村电商集市", "村里直发");
    expect(metadata.title).toEqual({ absolute: "下营村电商集市" });
    expect(metadata.alternates?.canonical).toBe("https://market.example.cn/zh-CN");
  });

  it("a category page with a filter keeps the filter in its canonical URL", () => {
    const metadata = categoryMetadata(site, "en", product.category, "Xiaying", "/type/green");
    expect(metadata.alternates?.canonical).toBe("https://market.example.cn/en/c/tea/type/green");
  });

  it("search results are followed but not indexed", () => {
    expect(searchMetadata(site, "en", "Search").robots).toEqual({ index: false, follow: true });
  });
});
