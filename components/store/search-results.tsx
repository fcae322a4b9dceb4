import { getLocale, getTranslations } from "next-intl/server";
import { ProductGrid } from "@/components/product/product-grid";
import type { SearchPageData } from "@/lib/catalog/search";
import { Link } from "@/lib/i18n/link";
import { localized } from "@/lib/i18n/locales";
import { hasFilters, type SearchParams, searchHref } from "@/lib/search/params";
import { Pagination } from "./pagination";
import { ShopCard } from "./shop-card";

const chip =
  "inline-flex min-h-11 items-center rounded-full bg-white px-4 font-semibold text-turquoise-700 ring-1 ring-earth-100 hover:ring-turquoise-500";

/** Nothing matched: a way out (drop the filters) and something to look at instead. */
async function EmptyState({ params, data }: { params: SearchParams; data: SearchPageData }) {
  const [t, locale] = await Promise.all([getTranslations("store.search"), getLocale()]);
  const suggestions = data.suggestions;
  return (
    <section className="mt-2 flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-lg font-semibold">{t("emptyTitle")}</p>
        {hasFilters(params.filters) && (
          <Link href={searchHref(params, { filters: {} })} className={chip}>
            {t("emptyFiltered")}
          </Link>
        )}
      </div>
      {suggestions && suggestions.categories.length > 0 && (
        <div>
          <h3 className="mb-3 text-base font-semibold">{t("suggestCategories")}</h3>
          <ul className="flex flex-wrap gap-2">
            {suggestions.categories.map((category) => (
              <li key={category.slug}>
                <Link href={`/c/${category.slug}`} className={chip}>
                  {localized(locale, category.nameZh, category.nameEn)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {suggestions && suggestions.products.length > 0 && (
        <div>
          <h3 className="mb-3 text-base font-semibold">{t("suggestProducts")}</h3>
          <ProductGrid products={suggestions.products} />
        </div>
      )}
    </section>
  );
}

/** The count, the matching shops, one page of products and the way to the next. */
export async function SearchResults({ params, data }: { params: SearchParams; data: SearchPageData }) {
  const [t, locale] = await Promise.all([getTranslations("store.search"), getLocale()]);
  return (
    <>
      <h2 className="mb-4 text-base font-normal text-earth-700" aria-live="polite">
        {params.q
          ? t(data.capped ? "resultsMany" : "results", { count: data.total, query: params.q })
          : t(data.capped ? "listedMany" : "listed", { count: data.total })}
      </h2>
      {data.shops.length > 0 && (
        <section className="mb-6">
          <h3 className="mb-3 text-base font-semibold">{t("shops")}</h3>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {data.shops.map((shop) => (
              <li key={shop.id} className="flex flex-col gap-2">
                <ShopCard shop={shop} />
                <Link
                  href={searchHref(params, { filters: { shop: shop.slug } })}
                  className="text-sm text-turquoise-700 underline"
                >
                  {t("inShop", { shop: localized(locale, shop.nameZh, shop.nameEn) })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.products.length > 0 ? (
        <ProductGrid products={data.products} eagerCount={4} />
      ) : (
        data.total === 0 && <EmptyState params={params} data={data} />
      )}
      <Pagination
        hrefFor={(page) => searchHref(params, { page })}
        page={data.page}
        pageCount={data.pageCount}
      />
    </>
  );
}
