import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LiveStrip } from "@/components/live/live-strip";
import { AskShopForm } from "@/components/messages/ask-shop-form";
import { ProductGrid } from "@/components/product/product-grid";
import { JsonLd } from "@/components/seo/json-ld";
import { Pagination } from "@/components/store/pagination";
import { parsePageParam } from "@/lib/catalog/page-param";
import { getShopPage } from "@/lib/catalog/shop";
import { localized } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-path";
import { shopMetadata as seoShopMetadata, shopStructuredData } from "@/lib/seo/pages";
import { siteUrl } from "@/lib/seo/site";

/** Which list of a shop: `/s/guo` or `/s/guo/page/2`. */
export type ShopListParams = { slug: string; page?: string };

export async function shopMetadata({ params }: { params: Promise<ShopListParams> }): Promise<Metadata> {
  const [{ slug, page }, locale, t] = await Promise.all([params, pageLocale(), getTranslations("common")]);
  const data = await getShopPage(slug, 1);
  return data
    ? seoShopMetadata(siteUrl(), locale, data.shop, t("siteName"), parsePageParam(page ?? "1"))
    : {};
}

/** A shop's story and one page of its products; both routes under /s/[slug] render this. */
export async function ShopView({ params }: { params: Promise<ShopListParams> }) {
  const [{ slug, page: pageText }, t, locale] = await Promise.all([
    params,
    getTranslations("store"),
    pageLocale(),
  ]);
  const page = parsePageParam(pageText ?? "1");
  if (pageText !== undefined && String(page) !== pageText) notFound();
  const data = await getShopPage(slug, page);
  if (!data) notFound();
  const { shop } = data;
  const name = localized(locale, shop.nameZh, shop.nameEn);
  return (
    <main>
      <JsonLd data={shopStructuredData(siteUrl(), locale, shop)} />
      <section className="border-b border-earth-100 bg-earth-100/70">
        <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-6 sm:flex-row sm:items-start sm:gap-6 sm:py-8">
          <span
            aria-hidden="true"
            className="flex h-16 w-16 shrink-0 items-center justify-center rounded-full bg-turquoise-700 text-2xl font-bold text-white ring-4 ring-turquoise-100"
          >
            {name.slice(0, 1)}
          </span>
          <div className="flex flex-col gap-2">
            <h1 className="text-2xl font-bold sm:text-3xl">{name}</h1>
            <p className="text-sm text-earth-700">
              {t("shop.place", {
                village: localized(locale, shop.village.nameZh, shop.village.nameEn),
                county: localized(locale, shop.village.countyZh, shop.village.countyEn),
              })}
            </p>
            <h2 className="sr-only">{t("shop.story")}</h2>
            <p className="max-w-3xl whitespace-pre-line leading-relaxed">
              {localized(locale, shop.storyZh, shop.storyEn)}
            </p>
            <div>
              <AskShopForm shopSlug={shop.slug} returnTo={`/s/${shop.slug}`} />
            </div>
          </div>
        </div>
      </section>
      <LiveStrip shopId={shop.id} className="mx-auto max-w-6xl px-4 pt-6" />
      <section aria-labelledby="shop-products" className="mx-auto max-w-6xl px-4 py-6">
        <h2 id="shop-products" className="mb-3 text-xl font-bold">
          {t("shop.products")} <span className="text-base font-normal text-earth-700">({data.total})</span>
        </h2>
        {data.products.length === 0 ? (
          <p className="rounded-2xl bg-white p-6 text-earth-700 ring-1 ring-earth-100">{t("shop.empty")}</p>
        ) : (
          <ProductGrid products={data.products} eagerCount={2} />
        )}
        <Pagination basePath={`/s/${shop.slug}`} page={page} pageCount={data.pageCount} />
      </section>
    </main>
  );
}
