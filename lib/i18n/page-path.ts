import "server-only";
import { getLocale } from "next-intl/server";
import { defaultLocale, isLocale, type Locale } from "./locales";
import { storePath } from "./paths";

/** The language of the page being rendered (a storefront page's URL, else the visitor's choice). */
export async function pageLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : defaultLocale;
}

/** A storefront path in the language of the page being rendered (for redirects and sign-in returns). */
export async function pageStorePath(path: string): Promise<string> {
  return storePath(await pageLocale(), path);
}
