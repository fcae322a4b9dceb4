import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SearchFilters } from "@/components/store/search-filters";
import { SearchForm } from "@/components/store/search-form";
import { SearchResults } from "@/components/store/search-results";
import { searchCatalog } from "@/lib/catalog/search";
import { parseSearchParams } from "@/lib/search/params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("store.search");
  return { title: t("title"), robots: { index: false } };
}

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
