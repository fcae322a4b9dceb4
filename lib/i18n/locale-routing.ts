import { isLocale, type Locale, localeFromAcceptLanguage } from "./locales";
import { isUnprefixedStorePath, splitLocale, storePath } from "./paths";

/** Request header the proxy sets on storefront requests so server actions know the page's language. */
export const STORE_LOCALE_HEADER = "x-store-locale";

// The storefront's old query forms of list pages, now path segments so each list page is prerendered.
const LIST_PAGE = /^\/(c|s)\/([^/]+)$/;

function visitorLocale(request: Request, cookieLocale: string | undefined): Locale {
  if (isLocale(cookieLocale)) return cookieLocale;
  return localeFromAcceptLanguage(request.headers.get("accept-language"));
}

/** `/c/tea?type=green&page=2` → `/c/tea/type/green/page/2`; other paths and queries unchanged. */
function listPagePath(rest: string, search: URLSearchParams): { path: string; search: URLSearchParams } {
  const match = LIST_PAGE.exec(rest);
  const type = search.get("type");
  const page = search.get("page");
  if (!match || (type === null && page === null)) return { path: rest, search };
  const kept = new URLSearchParams(search);
  kept.delete("type");
  kept.delete("page");
  let path = rest;
  if (match[1] === "c" && type && /^[a-z0-9-]{1,40}$/.test(type)) path += `/type/${type}`;
  const pageNumber = Number(page);
  if (Number.isInteger(pageNumber) && pageNumber > 1 && pageNumber <= 10_000) path += `/page/${pageNumber}`;
  return { path, search: kept };
}

/**
 * Where a storefront request should go instead, or null to serve it: old unprefixed URLs (and `/`)
 * go to the visitor's language (their cookie, else Accept-Language); list pages asked for with
 * `?page=`/`?type=` go to their path form.
 */
export function storefrontRedirect(request: Request, cookieLocale: string | undefined): URL | null {
  const url = new URL(request.url);
  const prefixed = splitLocale(url.pathname);
  if (!prefixed && !isUnprefixedStorePath(url.pathname)) return null;
  const locale = prefixed?.locale ?? visitorLocale(request, cookieLocale);
  const rest = prefixed?.rest ?? url.pathname;
  const { path, search } = listPagePath(rest, url.searchParams);
  if (prefixed && path === rest) return null;
  const target = new URL(storePath(locale, path), url);
  target.search = search.toString();
  return target;
}
