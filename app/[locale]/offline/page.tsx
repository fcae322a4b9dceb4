import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.offline");
  return { title: t("title"), robots: { index: false } };
}

/**
 * What the service worker shows when a page cannot be reached and was not kept: the cart, checkout,
 * orders and payment pages always, any other page not viewed before. No script: it must work from
 * the worker's cache alone.
 */
export default async function OfflinePage() {
  const t = await getTranslations("common.offline");
  return (
    <main className="mx-auto flex min-h-[70vh] max-w-xl flex-col items-center justify-center gap-5 px-6 py-12 text-center">
      {/* Signal bars with a slash: drawn, not an emoji, so it shows on phones without an emoji font. */}
      <svg aria-hidden="true" viewBox="0 0 48 48" className="h-16 w-16 text-turquoise-700">
        <g fill="currentColor">
          <rect x="6" y="32" width="7" height="10" rx="1.5" />
          <rect x="17" y="24" width="7" height="18" rx="1.5" opacity="0.35" />
          <rect x="28" y="15" width="7" height="27" rx="1.5" opacity="0.35" />
          <rect x="39" y="6" width="7" height="36" rx="1.5" opacity="0.35" />
        </g>
        <path d="M4 6 44 44" stroke="#b45309" strokeWidth="4" strokeLinecap="round" />
      </svg>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="text-lg leading-relaxed text-earth-900">{t("body")}</p>
      <div className="flex flex-wrap justify-center gap-3">
        {/* A form with no action asks again for the page the shopper wanted, with no script needed. */}
        <form method="get">
          <button
            type="submit"
            className="inline-flex min-h-12 items-center rounded-full bg-turquoise-700 px-6 text-lg font-semibold text-white"
          >
            {t("retry")}
          </button>
        </form>
        <a
          href="/"
          className="inline-flex min-h-12 items-center rounded-full bg-white px-6 text-lg font-semibold text-turquoise-700 ring-1 ring-earth-100"
        >
          {t("home")}
        </a>
      </div>
    </main>
  );
}
