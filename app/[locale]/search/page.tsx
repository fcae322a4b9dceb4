import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProductGrid } from "@/components/product/product-grid";
import { SearchForm } from "@/components/store/search-form";
import { normalizeSearchQuery, searchProducts } from "@/lib/catalog/search";
import { pageLocale } from "@/lib/i18n/page-path";
import { searchMetadata } from "@/lib/seo/pages";
import { siteUrl } from "@/lib/seo/site";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([pageLocale(), getTranslations("store.search")]);
  return searchMetadata(siteUrl(), locale, t("title"));
}

export default async function SearchPage({ searchParams }: Props) {
  const [{ q }, t] = await Promise.all([searchParams, getTranslations("store.search")]);
  const query = normalizeSearchQuery(q);
  const products = await searchProducts(query);
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <div className="mb-5 max-w-xl">
        <SearchForm defaultValue={query} />
      </div>
      {query ? (
        <>
          <h2 className="mb-4 text-base font-normal text-earth-700" aria-live="polite">
            {t("results", { count: products.length, query })}
          </h2>
          <ProductGrid products={products} eagerCount={4} />
        </>
      ) : (
        <p className="text-earth-700">{t("prompt")}</p>
      )}
    </main>
  );
}
