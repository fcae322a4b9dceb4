import { defaultLocale, locales } from "@/lib/i18n/locales";
import { splitLocale, storePath } from "@/lib/i18n/paths";
import { PRIVATE_PATHS } from "@/lib/seo/robots";

// Which pages the service worker may keep. Pure, shared by the worker (pwa/sw.ts) and its tests.

/**
 * Never kept, in any language: a person's own cart, checkout, orders and payments, the seller centre,
 * the admin pages, sign-in and sign-up, and every API. Offline they get the offline page instead of an
 * old copy: a stale cart or checkout would show amounts and stock that are no longer true.
 */
export const NEVER_CACHED = [...PRIVATE_PATHS, "/signin", "/signup", "/offline"];

export const PRODUCT_PAGES_CACHE = "product-pages";
export const STORE_PAGES_CACHE = "store-pages";

/** The storefront path without its language segment (`/en/p/x` → `/p/x`). */
function withoutLocale(pathname: string): string {
  return splitLocale(pathname)?.rest ?? pathname;
}

export function isNeverCached(pathname: string): boolean {
  const path = withoutLocale(pathname);
  return NEVER_CACHED.some((section) => path === section || path.startsWith(`${section}/`));
}

/**
 * The cache a page may be kept in for offline reading: product pages in their own (the recently
 * viewed ones), the home, category and shop pages in another; nothing else (search results, errors).
 */
export function pageCacheFor(pathname: string): string | undefined {
  if (isNeverCached(pathname)) return undefined;
  const path = withoutLocale(pathname);
  if (/^\/p\/[^/]+$/.test(path)) return PRODUCT_PAGES_CACHE;
  if (path === "/" || /^\/[cs]\/[^/]+$/.test(path)) return STORE_PAGES_CACHE;
  return undefined;
}

/**
 * A client-side navigation's request for a page's data (React Server Components payload), not a
 * prefetch: the shopper really opened that page, though no HTML navigation reached the worker.
 */
export function isPageDataRequest(request: Request): boolean {
  return request.headers.get("RSC") === "1" && !request.headers.has("Next-Router-Prefetch");
}

/** The HTML page a page-data request belongs to: the same URL without Next's cache-busting `_rsc`. */
export function pageUrlOf(dataUrl: URL): URL {
  const page = new URL(dataUrl);
  page.searchParams.delete("_rsc");
  return page;
}

/** The offline page of each language, precached by the worker (serwist.config.mjs). */
export const OFFLINE_PAGES = locales.map((locale) => ({ locale, url: storePath(locale, "/offline") }));

/** The offline page for a page that could not be reached: its own language, else the village's. */
export function offlinePageFor(pathname: string): string {
  return storePath(splitLocale(pathname)?.locale ?? defaultLocale, "/offline");
}
