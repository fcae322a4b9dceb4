import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/locales";
import { formatFen } from "@/lib/money";
import type { OwnProductRow } from "@/lib/seller/products";
import { Icon } from "./icons";
import { ProductStatusBadge } from "./product-status";

/** One of the seller's products: the photo, the price and the stock in big figures, on sale or hidden. */
export async function ProductCard({ product, highlight }: { product: OwnProductRow; highlight: boolean }) {
  const [t, tf, locale] = await Promise.all([
    getTranslations("seller.products"),
    getTranslations("seller.form.units"),
    getLocale(),
  ]);
  const title = localized(locale, product.titleZh, product.titleEn);
  const photo = product.images[0];
  return (
    <li>
      <Link
        href={`/seller/products/${product.id}`}
        aria-label={t("edit", { title })}
        className={`flex gap-3 rounded-3xl bg-white p-3 shadow-sm hover:bg-turquoise-50 ${
          highlight ? "ring-4 ring-green-500" : "ring-1 ring-earth-100"
        }`}
      >
        {photo ? (
          // biome-ignore lint/performance/noImgElement: stored photos come from our own image route
          <img
            src={`/images/${photo.id}`}
            alt=""
            className="h-28 w-28 shrink-0 rounded-2xl object-cover md:h-32 md:w-32"
          />
        ) : (
          <span className="flex h-28 w-28 shrink-0 flex-col items-center justify-center rounded-2xl bg-earth-100 text-earth-700 md:h-32 md:w-32">
            <Icon name="album" className="h-10 w-10" />
            <span className="text-xs">{t("noPhoto")}</span>
          </span>
        )}
        <span className="flex min-w-0 flex-1 flex-col gap-1.5">
          <span className="line-clamp-2 font-semibold">{title}</span>
          <span className="flex flex-wrap items-baseline gap-x-1">
            <span className="text-2xl font-black tabular-nums text-turquoise-900">
              {formatFen(product.priceFen, locale)}
            </span>
            <span className="whitespace-nowrap text-earth-700">/ {tf(product.unit)}</span>
          </span>
          <span className="flex flex-wrap items-center gap-2">
            <span
              className={`inline-flex items-center gap-1.5 rounded-full py-1 pr-3 pl-1 text-sm font-bold ${
                product.stock === 0 ? "bg-red-100 text-red-800" : "bg-turquoise-50 text-turquoise-900"
              }`}
            >
              <span className="flex h-7 w-7 items-center justify-center rounded-full bg-white">
                <Icon name="stack" className="h-5 w-5" />
              </span>
              <span className="sr-only">{t("stock")}</span>
              <span className="text-lg tabular-nums">{product.stock}</span>
              {product.stock === 0 ? <span>{t("soldOut")}</span> : null}
            </span>
            <ProductStatusBadge status={product.status} />
          </span>
        </span>
        <Icon name="pencil" className="h-6 w-6 self-center text-turquoise-700" />
      </Link>
    </li>
  );
}
