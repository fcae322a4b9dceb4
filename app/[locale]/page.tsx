import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LiveStrip } from "@/components/live/live-strip";
import { ProductGrid } from "@/components/product/product-grid";
import { CategoryTile } from "@/components/store/category-tile";
import { SearchForm } from "@/components/store/search-form";
import { ShopCard } from "@/components/store/shop-card";
import { getHomeData } from "@/lib/catalog/home";
import { Link } from "@/lib/i18n/link";
import { pageLocale } from "@/lib/i18n/page-path";
import { homeMetadata } from "@/lib/seo/pages";
import { siteUrl } from "@/lib/seo/site";

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([pageLocale(), getTranslations("common")]);
  return homeMetadata(siteUrl(), locale, t("siteName"), t("tagline"));
}

export default async function HomePage() {
  const [t, home] = await Promise.all([getTranslations("store.home"), getHomeData()]);
  const turquoise = home.categories.find((category) => category.kind === "CRAFTS") ?? home.categories[0];
  return (
    <main>
      <section className="bg-gradient-to-br from-turquoise-700 via-turquoise-600 to-turquoise-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 sm:py-10">
          <h1 className="text-2xl font-bold sm:text-4xl">{t("heroTitle")}</h1>
          <p className="max-w-3xl text-base text-turquoise-50 sm:text-lg">{t("heroStory")}</p>
          <div className="mt-1 flex flex-col gap-3 sm:flex-row sm:items-center">
            {turquoise && (
              <Link
                href={`/c/${turquoise.slug}`}
                className="inline-flex min-h-12 shrink-0 items-center justify-center rounded-full bg-white px-6 font-semibold text-turquoise-900 shadow-sm hover:bg-turquoise-50"
              >
                {t("heroCta")} →
              </Link>
            )}
            <div className="w-full sm:max-w-md">
              <SearchForm />
            </div>
          </div>
        </div>
      </section>

      <div className="mx-auto flex max-w-6xl flex-col gap-10 px-4 py-6 sm:py-10">
        <LiveStrip />
        <section aria-labelledby="categories-title">
          <h2 id="categories-title" className="mb-3 text-xl font-bold">
            {t("categoriesTitle")}
          </h2>
          <ul className="grid grid-cols-3 gap-3 sm:grid-cols-6">
            {home.categories.map((category) => (
              <li key={category.id}>
                <CategoryTile category={category} />
              </li>
            ))}
          </ul>
        </section>

        {home.featuredProducts.length > 0 && (
          <section aria-labelledby="featured-title">
            <h2 id="featured-title" className="mb-3 text-xl font-bold">
              {t("featuredTitle")}
            </h2>
            <ProductGrid products={home.featuredProducts} />
          </section>
        )}

        {home.featuredShops.length > 0 && (
          <section aria-labelledby="shops-title">
            <h2 id="shops-title" className="mb-3 text-xl font-bold">
              {t("shopsTitle")}
            </h2>
            <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {home.featuredShops.map((shop) => (
                <li key={shop.id}>
                  <ShopCard shop={shop} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </main>
  );
}
