import { getTranslations } from "next-intl/server";
import { SearchFilters } from "@/components/store/search-filters";
import { SearchForm } from "@/components/store/search-form";
import { SearchResults } from "@/components/store/search-results";
import { searchCatalog } from "@/lib/catalog/search";
import { pageLocale } from "@/lib/i18n/page-path";
import type { SearchParams } from "@/lib/search/params";
import { searchMetadata } from "@/lib/seo/pages";
import { siteUrl } from "@/lib/seo/site";

export async function searchPageMetadata() {
  const [locale, t] = await Promise.all([pageLocale(), getTranslations("store.search")]);
  return searchMetadata(siteUrl(), locale, t("title"));
}

/** The search page for parsed parameters, whichever route (cached by key, or per request) asked. */
export async function SearchView({ search }: { search: SearchParams }) {
  const [t, data] = await Promise.all([getTranslations("store.search"), searchCatalog(search)]);
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <div className="mb-5 max-w-xl">
        <SearchForm defaultValue={search.q} />
      </div>
      {!search.q && <p className="mb-4 text-earth-700">{t("prompt")}</p>}
      <div className="mb-5">
        <SearchFilters params={search} categories={data.categories} />
      </div>
      <SearchResults params={search} data={data} />
    </main>
  );
}
