import { getTranslations } from "next-intl/server";
import type { ProductCardData } from "@/lib/catalog/visibility";
import { localized } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-path";
import { storePath } from "@/lib/i18n/paths";
import { formatFen } from "@/lib/money";
import { type ProductCardItem, ProductCards } from "./product-card";

/** Two columns on a phone, four on a desktop. Only the first row loads at once. */
export async function ProductGrid({
  products,
  eagerCount = 0,
}: {
  products: ProductCardData[];
  eagerCount?: number;
}) {
  const [t, locale] = await Promise.all([getTranslations("store"), pageLocale()]);
  const items = products.map(
    (product): ProductCardItem => ({
      id: product.id,
      href: storePath(locale, `/p/${product.id}`),
      title: localized(locale, product.titleZh, product.titleEn),
      shop: localized(locale, product.shop.nameZh, product.shop.nameEn),
      price: formatFen(product.priceFen, locale),
      unit: t("perUnit", { unit: t(`units.${product.unit}`) }),
      photo: product.images[0]?.id ?? null,
      soldOut: product.stock < 1,
    }),
  );
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      <ProductCards
        items={items}
        eagerCount={eagerCount}
        labels={{ soldOut: t("soldOut"), noPhoto: t("noPhoto") }}
      />
    </ul>
  );
}
