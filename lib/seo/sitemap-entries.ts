import type { MetadataRoute } from "next";
import { locales } from "@/lib/i18n/locales";
import { storePath } from "@/lib/i18n/paths";
import { absoluteUrl, languageAlternates } from "./metadata";

/** Google reads at most 50,000 URLs from one sitemap; each page is listed once per language. */
export const SITEMAP_URL_LIMIT = 50_000;
export const PAGES_PER_SITEMAP = SITEMAP_URL_LIMIT / locales.length;

/** One storefront page in every language, each entry naming all of them (and x-default) as alternates. */
export function pageEntries(site: URL, path: string, lastModified?: Date): MetadataRoute.Sitemap {
  const languages = languageAlternates(site, path);
  return locales.map((locale) => ({
    url: absoluteUrl(site, storePath(locale, path)),
    ...(lastModified ? { lastModified } : {}),
    alternates: { languages },
  }));
}
