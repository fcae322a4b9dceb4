import type { Metadata } from "next";
import { type Locale, locales } from "@/lib/i18n/locales";
import { storePath } from "@/lib/i18n/paths";

// Pure: every function takes the site's origin, so tests and the sitemap build the same URLs as pages.

/** Open Graph spells locales with an underscore and a territory. */
const OG_LOCALE: Record<Locale, string> = { "zh-CN": "zh_CN", en: "en_US" };

export function absoluteUrl(site: URL, path: string): string {
  return new URL(path, site).toString();
}

/**
 * The page's URL in each language, plus `x-default`: the unprefixed URL, which sends a visitor to the
 * language of their cookie or Accept-Language header. `path` is the storefront path without a language
 * (`/p/abc`, `/` for home).
 */
export function languageAlternates(site: URL, path: string): Record<Locale | "x-default", string> {
  const entries = locales.map((locale) => [locale, absoluteUrl(site, storePath(locale, path))]);
  return { ...Object.fromEntries(entries), "x-default": absoluteUrl(site, path) } as Record<
    Locale | "x-default",
    string
  >;
}

export type StorePageSeo = {
  site: URL;
  locale: Locale;
  /** Storefront path without the language segment: `/`, `/p/abc`, `/s/guo`, `/c/tea`. */
  path: string;
  title: string;
  description?: string;
  /** Only for pages without an `opengraph-image` file, which Next adds by itself (and which wins). */
  image?: { url: string; width: number; height: number; alt: string };
  /** og:site_name: a page's `openGraph` replaces the layout's whole, so each page names the site. */
  siteName?: string;
};

/** A storefront page's metadata: canonical URL, hreflang alternates, Open Graph and Twitter card. */
export function storePageMetadata(page: StorePageSeo): Metadata {
  const { site, locale, path, title, description, image, siteName } = page;
  const url = absoluteUrl(site, storePath(locale, path));
  const images = image ? [{ ...image, url: absoluteUrl(site, image.url) }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: url, languages: languageAlternates(site, path) },
    openGraph: {
      // Next's Open Graph types know no "product"; og:type "website" is what product pages use without the og:product extension.
      type: "website",
      url,
      title,
      description,
      siteName,
      locale: OG_LOCALE[locale],
      alternateLocale: locales.filter((other) => other !== locale).map((other) => OG_LOCALE[other]),
      ...(images ? { images } : {}),
    },
    twitter: {
      card: "summary_large_image",
      title,
      description,
      ...(images ? { images: images.map((i) => i.url) } : {}),
    },
  };
}

/** For the root layout: lets relative metadata URLs (file-based OG images) resolve to the public origin. */
export function baseMetadata(site: URL): Metadata {
  return { metadataBase: site };
}

/** Long texts (a product's description) trimmed for a meta description, on a character boundary. */
export function metaDescription(text: string, max = 150): string | undefined {
  const flat = text.replace(/\s+/g, " ").trim();
  if (!flat) return undefined;
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join("")}…`;
}
