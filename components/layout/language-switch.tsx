import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/i18n/actions";
import { locales } from "@/lib/i18n/locales";

export async function LanguageSwitch() {
  const [t, current] = await Promise.all([getTranslations("common.language"), getLocale()]);
  return (
    <form action={setLocale} className="flex items-center gap-1" aria-label={t("label")}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="rounded-full px-3 py-1.5 text-sm font-medium aria-pressed:bg-turquoise-700 aria-pressed:text-white hover:bg-turquoise-100 aria-pressed:hover:bg-turquoise-700"
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
