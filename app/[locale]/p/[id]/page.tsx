import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AskShopForm } from "@/components/messages/ask-shop-form";
import { Price } from "@/components/product/price";
import { ProductImage } from "@/components/product/product-image";
import { JsonLd } from "@/components/seo/json-ld";
import { MAX_QUANTITY } from "@/lib/cart/constants";
import { getProduct } from "@/lib/catalog/product";
import { productParams } from "@/lib/catalog/static-params";
import { LOW_STOCK } from "@/lib/catalog/stock-level";
import { Link } from "@/lib/i18n/link";
import { localized } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-path";
import { storePath } from "@/lib/i18n/paths";
import { productMetadata, productStructuredData } from "@/lib/seo/pages";
import { siteUrl } from "@/lib/seo/site";
import { AddToCartForm } from "./add-to-cart-form";

type Props = { params: Promise<{ id: string }> };

// A sample is built ahead; every other product is rendered whole on its first visit, then cached.
export const generateStaticParams = productParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, locale, t] = await Promise.all([params, pageLocale(), getTranslations("common")]);
  const product = await getProduct(id);
  return product ? productMetadata(siteUrl(), locale, product, t("siteName")) : {};
}

export default async function ProductPage({ params }: Props) {
  const [{ id }, t, locale] = await Promise.all([params, getTranslations("store"), pageLocale()]);
  const product = await getProduct(id);
  if (!product) notFound();
  const title = localized(locale, product.titleZh, product.titleEn);
  const shopName = localized(locale, product.shop.nameZh, product.shop.nameEn);
  const description = localized(locale, product.descriptionZh, product.descriptionEn);
  const [cover, ...more] = product.images;
  const soldOut = product.stock < 1;

  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <JsonLd data={productStructuredData(siteUrl(), locale, product, t("category.breadcrumb"))} />
      <nav aria-label={t("category.breadcrumb")} className="mb-4 text-sm text-earth-700">
        <Link href="/" className="underline-offset-4 hover:underline">
          {t("category.breadcrumb")}
        </Link>{" "}
        ›{" "}
        <Link href={`/c/${product.category.slug}`} className="underline-offset-4 hover:underline">
          {localized(locale, product.category.nameZh, product.category.nameEn)}
        </Link>
      </nav>
      <div className="grid gap-6 md:grid-cols-2 md:gap-10">
        <div className="flex flex-col gap-3">
          <ProductImage
            image={cover}
            alt={t("product.photo", { title, number: 1 })}
            eager
            sizes="(min-width: 1152px) 560px, (min-width: 768px) 50vw, 100vw"
            widths={[360, 480, 640, 828, 1080, 1200]}
            className="rounded-2xl"
          />
          {more.length > 0 && (
            <ul className="grid grid-cols-4 gap-2">
              {more.map((image, index) => (
                <li key={image.id}>
                  <ProductImage
                    image={image}
                    alt={t("product.photo", { title, number: index + 2 })}
                    sizes="(min-width: 1152px) 134px, (min-width: 768px) 12vw, 25vw"
                    widths={[160, 256, 360]}
                    className="rounded-xl"
                  />
                </li>
              ))}
            </ul>
          )}
        </div>

        <div className="flex flex-col gap-5">
          <div>
            <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{title}</h1>
            <p className="mt-1 text-earth-700">
              {t("product.fromShop")}{" "}
              <Link
                href={`/s/${product.shop.slug}`}
                className="font-semibold text-turquoise-700 hover:underline"
              >
                {shopName}
              </Link>
            </p>
          </div>
          <div className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-earth-100 sm:p-5">
            <Price fen={product.priceFen} unit={product.unit} size="lg" />
            {soldOut ? (
              <p className="mt-4 rounded-xl bg-earth-100 p-4 text-center text-lg font-semibold text-earth-900">
                {t("soldOut")}
              </p>
            ) : (
              <>
                <p
                  className={`mt-1 text-sm ${product.stock <= LOW_STOCK ? "font-semibold text-amber-800" : "text-earth-700"}`}
                >
                  {/* An exact count only where it matters: the page is cached, and re-made when this band changes. */}
                  {product.stock <= LOW_STOCK
                    ? t("product.fewLeft", { count: product.stock })
                    : t("product.inStock")}
                </p>
                <div className="mt-4">
                  <AddToCartForm
                    productId={product.id}
                    maxQuantity={Math.min(MAX_QUANTITY, product.stock)}
                    cartHref={storePath(locale, "/cart")}
                    texts={{
                      quantity: t("product.quantity"),
                      adding: t("product.adding"),
                      addToCart: t("product.addToCart"),
                      added: t.raw("product.added") as string,
                      viewCart: t("product.viewCart"),
                      errors: t.raw("errors") as Record<string, string>,
                    }}
                  />
                </div>
              </>
            )}
          </div>
          {product.voiceNote && (
            <section
              aria-labelledby="voice-title"
              className="rounded-2xl bg-turquoise-50 p-4 ring-1 ring-turquoise-100 sm:p-5"
            >
              <h2 id="voice-title" className="mb-3 flex items-center gap-2 text-lg font-bold">
                <span aria-hidden="true">🎙️</span>
                {t("product.listen")}
              </h2>
              {/* biome-ignore lint/a11y/useMediaCaption: the seller's spoken words have no written form */}
              <audio
                controls
                preload="none"
                src={`/voice/${product.voiceNote.id}`}
                aria-labelledby="voice-title"
                className="w-full"
              />
            </section>
          )}
          {description && (
            <section aria-labelledby="description-title">
              <h2 id="description-title" className="mb-2 text-lg font-bold">
                {t("product.description")}
              </h2>
              <p className="whitespace-pre-line leading-relaxed">{description}</p>
            </section>
          )}
          <section
            aria-labelledby="shop-title"
            className="rounded-2xl bg-earth-100/70 p-4 ring-1 ring-earth-100 sm:p-5"
          >
            <h2 id="shop-title" className="text-lg font-bold">
              {shopName}
            </h2>
            <p className="mt-1 line-clamp-4 text-earth-900">
              {localized(locale, product.shop.storyZh, product.shop.storyEn)}
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              <Link
                href={`/s/${product.shop.slug}`}
                className="inline-flex min-h-11 items-center rounded-full bg-white px-5 font-semibold text-turquoise-700 ring-1 ring-earth-100 hover:ring-turquoise-500"
              >
                {t("product.visitShop")} →
              </Link>
              <AskShopForm productId={product.id} returnTo={`/p/${product.id}`} />
            </div>
          </section>
        </div>
      </div>
    </main>
  );
}
