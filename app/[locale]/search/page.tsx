import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SearchFilters } from "@/components/store/search-filters";
import { SearchForm } from "@/components/store/search-form";
import { SearchResults } from "@/components/store/search-results";
import { searchCatalog } from "@/lib/catalog/search";
import { pageLocale } from "@/lib/i18n/page-path";
import { parseSearchParams } from "@/lib/search/params";
import { searchMetadata } from "@/lib/seo/pages";
import { siteUrl } from "@/lib/seo/site";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([pageLocale(), getTranslations("store.search")]);
  return searchMetadata(siteUrl(), locale, t("title"));
}

// Rendered whole per request from the query: a streamed shell would show a browser without
// JavaScript only its placeholder, and every control here is a plain GET form or link.
export const instant = false;

export default async function SearchPage({ searchParams }: Props) {
  const [raw, t] = await Promise.all([searchParams, getTranslations("store.search")]);
  const params = parseSearchParams(raw);
  const data = await searchCatalog(params);
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <div className="mb-5 max-w-xl">
        <SearchForm defaultValue={params.q} />
      </div>
      {!params.q && <p className="mb-4 text-earth-700">{t("prompt")}</p>}
      <div className="mb-5">
        <SearchFilters params={params} categories={data.categories} />
      </div>
      <SearchResults params={params} data={data} />
    </main>
  );
}
