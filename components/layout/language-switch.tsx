"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { setLocale } from "@/lib/i18n/actions";
import { LOCALE_COOKIE, type Locale, locales } from "@/lib/i18n/locales";
import { splitLocale, storePath } from "@/lib/i18n/paths";

const buttonClass =
  "rounded-full px-3 py-1.5 text-sm font-medium aria-[current=true]:bg-turquoise-700 aria-[current=true]:text-white aria-pressed:bg-turquoise-700 aria-pressed:text-white hover:bg-turquoise-100";

type Props = { label: string; names: Record<Locale, string>; current: Locale };

function remember(locale: Locale) {
  // The seller centre, admin pages and sign-in follow this choice (they have no language in the URL).
  // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie, read by the server
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}

/** On a storefront page: links to the same page (and query) in the other language. */
function StoreLinks({ label, names, current, rest, query }: Props & { rest: string; query: string }) {
  return (
    <nav aria-label={label} className="flex items-center gap-1">
      {locales.map((locale) => (
        <a
          key={locale}
          href={`${storePath(locale, rest)}${query ? `?${query}` : ""}`}
          hrefLang={locale}
          lang={locale}
          aria-current={locale === current}
          onClick={() => remember(locale)}
          className={buttonClass}
        >
          {names[locale]}
        </a>
      ))}
    </nav>
  );
}

function StoreLinksWithQuery(props: Props & { rest: string }) {
  return <StoreLinks {...props} query={useSearchParams().toString()} />;
}

/** Elsewhere: the choice is saved in a cookie by a server action (works without JavaScript too). */
function CookieSwitch({ label, names, current }: Props) {
  return (
    <form action={setLocale} className="flex items-center gap-1" aria-label={label}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={buttonClass}
        >
          {names[locale]}
        </button>
      ))}
    </form>
  );
}

/** The switch for this page; until its path is known (a page prerendered without it), the home pages. */
export function LanguageSwitch(props: Props) {
  return (
    <Suspense fallback={<StoreLinks {...props} rest="/" query="" />}>
      <SwitchForPath {...props} />
    </Suspense>
  );
}

function SwitchForPath(props: Props) {
  const prefixed = splitLocale(usePathname() ?? "/");
  if (!prefixed) return <CookieSwitch {...props} />;
  // Reading the query needs a Suspense boundary on prerendered pages; until then the links keep the path.
  return (
    <Suspense fallback={<StoreLinks {...props} rest={prefixed.rest} query="" />}>
      <StoreLinksWithQuery {...props} rest={prefixed.rest} />
    </Suspense>
  );
}
