import "server-only";
import { headers } from "next/headers";
import { STORE_LOCALE_HEADER } from "./locale-routing";
import { defaultLocale, isLocale, type Locale } from "./locales";
import { storePath } from "./paths";

/** The language of the storefront page a server action was posted from (set by proxy.ts). */
export async function actionLocale(): Promise<Locale> {
  const value = (await headers()).get(STORE_LOCALE_HEADER);
  return isLocale(value) ? value : defaultLocale;
}

/** A storefront path in the language of the page the action came from. */
export async function actionStorePath(path: string): Promise<string> {
  return storePath(await actionLocale(), path);
}
