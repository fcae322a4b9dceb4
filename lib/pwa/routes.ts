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

/** The message a page sends its service worker when the shopper has opened it (KeepVisitedPage). */
export const KEEP_PAGE_MESSAGE = "keep-page";

/**
 * The page a "keep this page" message asks for, if it is one of ours worth keeping. Opening a product
 * by a link reaches the worker as no navigation at all (the router often has it prefetched already),
 * so the page itself says it was opened. Anything else in the message is ignored.
 */
export function pageToKeep(message: unknown, origin: string): URL | undefined {
  if (typeof message !== "object" || message === null) return undefined;
  const { type, path } = message as { type?: unknown; path?: unknown };
  if (type !== KEEP_PAGE_MESSAGE || typeof path !== "string" || !/^\/(?!\/)/.test(path)) return undefined;
  const url = new URL(path, origin);
  if (url.origin !== origin || !pageCacheFor(url.pathname)) return undefined;
  return url;
}

/** The offline page of each language, precached by the worker (serwist.config.mjs). */
export const OFFLINE_PAGES = locales.map((locale) => ({ locale, url: storePath(locale, "/offline") }));

/** The offline page for a page that could not be reached: its own language, else the village's. */
export function offlinePageFor(pathname: string): string {
  return storePath(splitLocale(pathname)?.locale ?? defaultLocale, "/offline");
}
