import type { BreadcrumbList, ItemAvailability, Organization, Product, Thing, WithContext } from "schema-dts";
import { type StockLevel, stockLevel } from "@/lib/catalog/stock-level";
import { type Locale, localized } from "@/lib/i18n/locales";
import { storePath } from "@/lib/i18n/paths";
import { absoluteUrl } from "./metadata";

// Pure builders of schema.org data for search engines; <JsonLd> (components/seo) embeds them.

const AVAILABILITY: Record<StockLevel, ItemAvailability> = {
  "in-stock": "https://schema.org/InStock",
  low: "https://schema.org/LimitedAvailability",
  "sold-out": "https://schema.org/OutOfStock",
};

export function availability(stock: number): ItemAvailability {
  return AVAILABILITY[stockLevel(stock)];
}

/** Integer fen as schema.org wants a price: a decimal string in yuan ("1234.50"), no float involved. */
export function fenToDecimal(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError("fen must be a whole number ≥ 0");
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}

type Bilingual = { zh: string; en: string };

export type ShopForJsonLd = {
  slug: string;
  name: Bilingual;
  story?: Bilingual;
  village?: { name: Bilingual; county: Bilingual };
};

export type ProductForJsonLd = {
  id: string;
  title: Bilingual;
  description: Bilingual;
  priceFen: number;
  stock: number;
  imageIds: string[];
  category?: { name: Bilingual };
  shop: ShopForJsonLd;
};

const text = (locale: Locale, value: Bilingual) => localized(locale, value.zh, value.en);

type OrganizationNode = Exclude<Organization, string>;

function shopOrganization(site: URL, locale: Locale, shop: ShopForJsonLd): OrganizationNode {
  const story = shop.story ? text(locale, shop.story) : "";
  return {
    "@type": "Organization",
    name: text(locale, shop.name),
    url: absoluteUrl(site, storePath(locale, `/s/${shop.slug}`)),
    ...(story ? { description: story } : {}),
    ...(shop.village
      ? {
          address: {
            "@type": "PostalAddress",
            addressLocality: text(locale, shop.village.name),
            addressRegion: text(locale, shop.village.county),
            addressCountry: "CN",
          },
        }
      : {}),
  };
}

/** A shop page's Organization. */
export function shopJsonLd(site: URL, locale: Locale, shop: ShopForJsonLd): WithContext<Organization> {
  return { "@context": "https://schema.org", ...shopOrganization(site, locale, shop) };
}

/** A product page's Product with its Offer (price in CNY, availability from stock) sold by the shop. */
export function productJsonLd(site: URL, locale: Locale, product: ProductForJsonLd): WithContext<Product> {
  const url = absoluteUrl(site, storePath(locale, `/p/${product.id}`));
  const description = text(locale, product.description);
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: text(locale, product.title),
    sku: product.id,
    url,
    ...(description ? { description } : {}),
    ...(product.imageIds.length > 0
      ? { image: product.imageIds.map((id) => absoluteUrl(site, `/images/${id}`)) }
      : {}),
    ...(product.category ? { category: text(locale, product.category.name) } : {}),
    offers: {
      "@type": "Offer",
      url,
      price: fenToDecimal(product.priceFen),
      priceCurrency: "CNY",
      availability: availability(product.stock),
      itemCondition: "https://schema.org/NewCondition",
      seller: shopOrganization(site, locale, product.shop),
    },
  };
}

/** Where a page sits: `crumbs` run from home to the page itself, each with its storefront path. */
export function breadcrumbJsonLd(
  site: URL,
  locale: Locale,
  crumbs: { name: string; path: string }[],
): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(site, storePath(locale, crumb.path)),
    })),
  };
}

/**
 * JSON for an inline <script>: the characters that could end the element or open markup (`<`, `>`,
 * `&`) and the two line separators some parsers treat as newlines become \u escapes, which every JSON
 * reader turns back into the same text. A title holding `</script>` stays data.
 */
export function serializeJsonLd(data: WithContext<Thing> | WithContext<Thing>[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
