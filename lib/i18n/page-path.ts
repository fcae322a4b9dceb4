import "server-only";
import { getLocale } from "next-intl/server";
import { isLocale } from "./locales";
import { defaultLocale, storePath } from "./paths";

/** A storefront path in the language of the page being rendered (for redirects and sign-in returns). */
export async function pageStorePath(path: string): Promise<string> {
  const locale = await getLocale();
  return storePath(isLocale(locale) ? locale : defaultLocale, path);
}
