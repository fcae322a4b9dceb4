import type { MetadataRoute } from "next";
import { locales } from "@/lib/i18n/locales";
import { absoluteUrl } from "./metadata";

/**
 * Per-person and private pages: nothing there for a search engine, and nothing it should try. The
 * seller centre and admin pages need a session anyway; the rest are a buyer's own cart and orders.
 */
export const PRIVATE_PATHS = [
  "/seller",
  "/admin",
  "/api",
  "/cart",
  "/checkout",
  "/orders",
  "/pay",
  "/messages",
];

/** Each private section also exists under a language prefix once the storefront moves (/zh-CN/cart). */
function withLocales(paths: string[]): string[] {
  return paths.flatMap((path) => [path, ...locales.map((locale) => `/${locale}${path}`)]);
}

export function robotsRules(site: URL): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: withLocales(PRIVATE_PATHS) },
    sitemap: absoluteUrl(site, "/sitemap_index.xml"),
  };
}
