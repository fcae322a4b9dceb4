import { getLocale, getTranslations } from "next-intl/server";
import type { ProductCardData } from "@/lib/catalog/visibility";
import { Link } from "@/lib/i18n/link";
import { localized } from "@/lib/i18n/locales";
import { Price } from "./price";
import { ProductImage } from "./product-image";

export async function ProductCard({ product, eager = false }: { product: ProductCardData; eager?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("store"), getLocale()]);
  const title = localized(locale, product.titleZh, product.titleEn);
  const soldOut = product.stock < 1;
  return (
    <Link
      href={`/p/${product.id}`}
      className="group flex h-full flex-col overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-earth-100 transition hover:shadow-md hover:ring-turquoise-500"
    >
      <div className="relative">
        <ProductImage
          image={product.images[0]}
          alt={title}
          eager={eager}
          sizes="(min-width: 1024px) 25vw, 50vw"
          className={soldOut ? "opacity-60 grayscale" : ""}
        />
        {soldOut && (
          <span className="absolute top-2 left-2 rounded-full bg-earth-900/85 px-3 py-1 text-sm font-semibold text-white">
            {t("soldOut")}
          </span>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h3 className="line-clamp-2 font-semibold leading-snug group-hover:text-turquoise-700">{title}</h3>
        <p className="truncate text-sm text-earth-700">
          {localized(locale, product.shop.nameZh, product.shop.nameEn)}
        </p>
        <div className="mt-auto pt-1">
          <Price fen={product.priceFen} unit={product.unit} />
        </div>
      </div>
    </Link>
  );
}
