import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProductGrid } from "@/components/product/product-grid";
import { JsonLd } from "@/components/seo/json-ld";
import { CategoryIcon } from "@/components/store/category-icon";
import { CategoryTypeChips } from "@/components/store/category-type-chips";
import { Pagination } from "@/components/store/pagination";
import { getCategoryPage } from "@/lib/catalog/category";
import { findCategoryType } from "@/lib/catalog/category-types";
import { parsePageParam } from "@/lib/catalog/page-param";
import { Link } from "@/lib/i18n/link";
import { localized } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-path";
import { categoryStructuredData, categoryMetadata as seoCategoryMetadata } from "@/lib/seo/pages";
import { siteUrl } from "@/lib/seo/site";

/** Which list of a category: `/c/tea`, `/c/tea/page/2`, `/c/turquoise/type/bracelet/page/2`. */
export type CategoryListParams = { slug: string; page?: string; type?: string };

async function readList(params: Promise<CategoryListParams>) {
  const { slug, page: pageText, type: typeKey } = await params;
  const page = parsePageParam(pageText ?? "1");
  const type = typeKey === undefined ? undefined : findCategoryType(slug, typeKey);
  // An unknown type or page number is not another spelling of the list: it is no page at all.
  const valid =
    (typeKey === undefined || type !== undefined) && (pageText === undefined || String(page) === pageText);
  // What makes this list a page of its own, after /c/[slug]: `/type/bracelet/page/2`.
  const list = `${type ? `/type/${type.key}` : ""}${page > 1 ? `/page/${page}` : ""}`;
  return { slug, page, type, valid, list };
}

export async function categoryMetadata({
  params,
}: {
  params: Promise<CategoryListParams>;
}): Promise<Metadata> {
  const [{ slug, list }, locale, t, tStore] = await Promise.all([
    readList(params),
    pageLocale(),
    getTranslations("common"),
    getTranslations("store.category"),
  ]);
  const data = await getCategoryPage(slug, 1);
  if (!data) return {};
  const name = localized(locale, data.category.nameZh, data.category.nameEn);
  // Search results show this under the title; without it they show whatever text comes first.
  const description = tStore("metaDescription", { name, count: data.total });
  return seoCategoryMetadata(siteUrl(), locale, data.category, t("siteName"), list, description);
}

/** A category's product list, one page of it; every route under /c/[slug] renders this. */
export async function CategoryView({ params }: { params: Promise<CategoryListParams> }) {
  const [{ slug, page, type, valid }, t, locale] = await Promise.all([
    readList(params),
    getTranslations("store"),
    pageLocale(),
  ]);
  if (!valid) notFound();
  const data = await getCategoryPage(slug, page, type);
  if (!data) notFound();
  const basePath = type ? `/c/${data.category.slug}/type/${type.key}` : `/c/${data.category.slug}`;
  const name = localized(locale, data.category.nameZh, data.category.nameEn);
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <JsonLd data={categoryStructuredData(siteUrl(), locale, data.category, t("category.breadcrumb"))} />
      <nav aria-label={t("category.breadcrumb")} className="mb-3 text-sm text-earth-700">
        <Link href="/" className="underline-offset-4 hover:underline">
          {t("category.breadcrumb")}
        </Link>{" "}
        › <span>{t(`kinds.${data.category.kind}`)}</span>
      </nav>
      <div className="mb-5 flex items-center gap-3">
        <CategoryIcon slug={data.category.slug} size={56} className="h-14 w-14" />
        <div>
          <h1 className="text-2xl font-bold sm:text-3xl">{name}</h1>
          {/* An h2 so the product cards' h3 titles sit under it in the outline. */}
          <h2 className="text-base font-normal text-earth-700">{t("productCount", { count: data.total })}</h2>
        </div>
      </div>
      <CategoryTypeChips categorySlug={data.category.slug} current={type?.key} />
      {data.products.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 text-earth-700 ring-1 ring-earth-100">{t("category.empty")}</p>
      ) : (
        <ProductGrid products={data.products} eagerCount={4} />
      )}
      <Pagination basePath={basePath} page={page} pageCount={data.pageCount} />
    </main>
  );
}
