import type { Metadata } from "next";
import type { Thing, WithContext } from "schema-dts";
import type { ProductDetail } from "@/lib/catalog/product";
import { type Locale, localized } from "@/lib/i18n/locales";
import { breadcrumbJsonLd, productJsonLd, shopJsonLd } from "./json-ld";
import { metaDescription, storePageMetadata } from "./metadata";

// One call per storefront page: its metadata and its JSON-LD from the data the page already read.

type Named = { nameZh: string; nameEn: string };
type ShopData = Named & {
  slug: string;
  storyZh: string;
  storyEn: string;
  village?: Named & { countyZh: string; countyEn: string };
};

const both = (zh: string, en: string) => ({ zh, en });

export function productMetadata(
  site: URL,
  locale: Locale,
  product: ProductDetail,
  siteName: string,
): Metadata {
  return storePageMetadata({
    site,
    locale,
    path: `/p/${product.id}`,
    title: localized(locale, product.titleZh, product.titleEn),
    description: metaDescription(localized(locale, product.descriptionZh, product.descriptionEn)),
    siteName,
  });
}

/** Product (with its Offer and the shop as seller) and where it sits: home › category › product. */
export function productStructuredData(
  site: URL,
  locale: Locale,
  product: ProductDetail,
  homeName: string,
): WithContext<Thing>[] {
  const shop = product.shop;
  return [
    productJsonLd(site, locale, {
      id: product.id,
      title: both(product.titleZh, product.titleEn),
      description: both(product.descriptionZh, product.descriptionEn),
      priceFen: product.priceFen,
      stock: product.stock,
      imageIds: product.images.map((image) => image.id),
      category: { name: both(product.category.nameZh, product.category.nameEn) },
      shop: {
        slug: shop.slug,
        name: both(shop.nameZh, shop.nameEn),
        story: both(shop.storyZh, shop.storyEn),
      },
    }),
    breadcrumbJsonLd(site, locale, [
      { name: homeName, path: "/" },
      {
        name: localized(locale, product.category.nameZh, product.category.nameEn),
        path: `/c/${product.category.slug}`,
      },
      { name: localized(locale, product.titleZh, product.titleEn), path: `/p/${product.id}` },
    ]),
  ];
}

export function shopMetadata(
  site: URL,
  locale: Locale,
  shop: ShopData,
  siteName: string,
  page = 1,
): Metadata {
  return storePageMetadata({
    site,
    locale,
    path: page > 1 ? `/s/${shop.slug}/page/${page}` : `/s/${shop.slug}`,
    title: localized(locale, shop.nameZh, shop.nameEn),
    description: metaDescription(localized(locale, shop.storyZh, shop.storyEn)),
    siteName,
  });
}

export function shopStructuredData(site: URL, locale: Locale, shop: ShopData): WithContext<Thing>[] {
  const village = shop.village;
  return [
    shopJsonLd(site, locale, {
      slug: shop.slug,
      name: both(shop.nameZh, shop.nameEn),
      story: both(shop.storyZh, shop.storyEn),
      ...(village
        ? {
            village: {
              name: both(village.nameZh, village.nameEn),
              county: both(village.countyZh, village.countyEn),
            },
          }
        : {}),
    }),
  ];
}

/** A category page; `list` is the part of its path that makes it a page of its own (`/type/bracelet/page/2`). */
export function categoryMetadata(
  site: URL,
  locale: Locale,
  category: Named & { slug: string },
  siteName: string,
  list = "",
  description?: string,
): Metadata {
  return storePageMetadata({
    site,
    locale,
    path: `/c/${category.slug}${list}`,
    title: localized(locale, category.nameZh, category.nameEn),
    description,
    siteName,
  });
}

export function categoryStructuredData(
  site: URL,
  locale: Locale,
  category: Named & { slug: string },
  homeName: string,
): WithContext<Thing>[] {
  return [
    breadcrumbJsonLd(site, locale, [
      { name: homeName, path: "/" },
      { name: localized(locale, category.nameZh, category.nameEn), path: `/c/${category.slug}` },
    ]),
  ];
}

export function homeMetadata(site: URL, locale: Locale, siteName: string, tagline: string): Metadata {
  // The layout's title template would add the site name a second time.
  const metadata = storePageMetadata({
    site,
    locale,
    path: "/",
    title: siteName,
    description: tagline,
    siteName,
  });
  return { ...metadata, title: { absolute: siteName } };
}

/** Search results: followed for their links, never indexed (endless, thin, and a crawler trap). */
export function searchMetadata(site: URL, locale: Locale, title: string): Metadata {
  return {
    ...storePageMetadata({ site, locale, path: "/search", title }),
    robots: { index: false, follow: true },
  };
}
