import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { localized } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-path";
import { storePath } from "@/lib/i18n/paths";
import { PRODUCT_KINDS, SEARCH_SORTS } from "@/lib/search";
import { hasFilters, type SearchParams, searchHref } from "@/lib/search/params";

type Category = { slug: string; nameZh: string; nameEn: string };

const field = "flex flex-col gap-1 text-sm font-semibold text-earth-900";
const control =
  "h-11 rounded-xl border border-earth-700/30 bg-white px-3 text-base font-normal text-earth-900";
const yuan = (fen: number | undefined) =>
  fen === undefined ? "" : fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2);

/** Filters and sort as one plain GET form: it works without JavaScript, and the URL says it all. */
export async function SearchFilters({
  params,
  categories,
}: {
  params: SearchParams;
  categories: Category[];
}) {
  const [t, tk, locale] = await Promise.all([
    getTranslations("store.search"),
    getTranslations("store.kinds"),
    pageLocale(),
  ]);
  const { filters } = params;
  return (
    <form action={storePath(locale, "/search")} className="rounded-2xl bg-white p-4 ring-1 ring-earth-100">
      <h2 className="mb-3 text-base font-semibold">{t("filters")}</h2>
      {params.q && <input type="hidden" name="q" value={params.q} />}
      {filters.shop && <input type="hidden" name="shop" value={filters.shop} />}
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <label className={field}>
          {t("category")}
          <select name="category" defaultValue={filters.category ?? ""} className={control}>
            <option value="">{t("allCategories")}</option>
            {categories.map((category) => (
              <option key={category.slug} value={category.slug}>
                {localized(locale, category.nameZh, category.nameEn)}
              </option>
            ))}
          </select>
        </label>
        <label className={field}>
          {t("kind")}
          <select name="kind" defaultValue={filters.kind ?? ""} className={control}>
            <option value="">{t("allKinds")}</option>
            {PRODUCT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tk(kind)}
              </option>
            ))}
          </select>
        </label>
        <label className={field}>
          {t("minPrice")}
          <input
            name="min"
            inputMode="decimal"
            maxLength={11}
            defaultValue={yuan(filters.minFen)}
            className={control}
          />
        </label>
        <label className={field}>
          {t("maxPrice")}
          <input
            name="max"
            inputMode="decimal"
            maxLength={11}
            defaultValue={yuan(filters.maxFen)}
            className={control}
          />
        </label>
        <label className={field}>
          {t("sort")}
          <select name="sort" defaultValue={params.sort} className={control}>
            {SEARCH_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sorts.${sort}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-h-11 items-center gap-2 self-end text-sm font-semibold text-earth-900">
          <input
            type="checkbox"
            name="stock"
            value="1"
            defaultChecked={filters.inStock ?? false}
            className="h-5 w-5"
          />
          {t("inStock")}
        </label>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="h-11 rounded-full bg-earth-900 px-6 font-semibold text-white hover:bg-earth-700"
        >
          {t("apply")}
        </button>
        {hasFilters(filters) && (
          <Link
            href={searchHref(params, { filters: {} })}
            className="inline-flex min-h-11 items-center font-semibold text-turquoise-700 underline"
          >
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
