import { cookies, headers } from "next/headers";
import { locale as urlLocale } from "next/root-params";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, type Locale, localeFromAcceptLanguage } from "./locales";

// Messages are split by area so each part of the app owns its own file.
const namespaces = [
  "common",
  "auth",
  "store",
  "seller",
  "admin",
  "title",
  "developers",
  "messages",
  "liveVideo",
  "liveSelling",
] as const;

async function loadMessages(locale: Locale) {
  const entries = await Promise.all(
    namespaces.map(
      async (ns) => [ns, (await import(`../../messages/${locale}/${ns}.json`)).default] as const,
    ),
  );
  return Object.fromEntries(entries);
}

/** The language of a storefront page, from its URL; undefined outside the storefront. */
async function storefrontLocale(): Promise<Locale | undefined> {
  try {
    const value = await urlLocale();
    return isLocale(value) ? value : undefined;
  } catch {
    // Server actions and route handlers have no root params: they pass their locale explicitly.
    return undefined;
  }
}

/** The language of a seller, admin or sign-in page: the visitor's choice, else their browser's. */
export async function resolveLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export default getRequestConfig(async ({ locale: requested }) => {
  const locale = isLocale(requested) ? requested : ((await storefrontLocale()) ?? (await resolveLocale()));
  return { locale, messages: await loadMessages(locale), timeZone: "Asia/Shanghai" };
});
