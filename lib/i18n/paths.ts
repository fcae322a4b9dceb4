import { isLocale, type Locale } from "./locales";

/**
 * Storefront URLs carry their language as the first segment (`/zh-CN/p/…`, `/en/p/…`), so a page
 * never reads a cookie to know it and can be prerendered once per language. The seller centre, the
 * admin pages and sign-in stay unprefixed: they are per-user pages and follow the language cookie.
 */
export function storePath(locale: Locale, path = "/"): string {
  const rest = path === "/" ? "" : path.startsWith("/") ? path : `/${path}`;
  return `/${locale}${rest}`;
}

/** The storefront sections whose pre-locale URLs (`/p/…`, `/cart`, …) redirect to the prefixed ones. */
export const STORE_SECTIONS = [
  "c",
  "p",
  "s",
  "search",
  "cart",
  "checkout",
  "orders",
  "pay",
  "developers",
  "messages",
  "live",
] as const;

/** `/en/p/x` → { locale: "en", rest: "/p/x" }; undefined when the path has no language segment. */
export function splitLocale(pathname: string): { locale: Locale; rest: string } | undefined {
  const [, first, ...rest] = pathname.split("/");
  if (!isLocale(first)) return undefined;
  return { locale: first, rest: `/${rest.join("/")}` };
}

/** Whether an unprefixed path is one of the old storefront URLs (the home page is `/`). */
export function isUnprefixedStorePath(pathname: string): boolean {
  if (pathname === "/") return true;
  const first = pathname.split("/")[1] ?? "";
  return (STORE_SECTIONS as readonly string[]).includes(first);
}
