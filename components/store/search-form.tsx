import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-path";
import { storePath } from "@/lib/i18n/paths";

export async function SearchForm({ defaultValue = "" }: { defaultValue?: string }) {
  const [t, locale] = await Promise.all([getTranslations("store.search"), pageLocale()]);
  return (
    <search className="w-full">
      <form action={storePath(locale, "/search")} className="flex w-full gap-2">
        <label htmlFor="search-q" className="sr-only">
          {t("label")}
        </label>
        <input
          id="search-q"
          type="search"
          name="q"
          maxLength={50}
          defaultValue={defaultValue}
          placeholder={t("placeholder")}
          className="h-12 min-w-0 flex-1 rounded-full border border-earth-700/30 bg-white px-5 text-base text-earth-900 placeholder:text-earth-700/70"
        />
        <button
          type="submit"
          className="h-12 shrink-0 rounded-full bg-earth-900 px-5 font-semibold text-white hover:bg-earth-700"
        >
          {t("button")}
        </button>
      </form>
    </search>
  );
}
