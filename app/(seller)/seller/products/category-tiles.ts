import type { CategoryTile } from "@/components/seller/product-form/types";
import { localized } from "@/lib/i18n/locales";
import type { CategoryChoice } from "@/lib/seller/categories";

export function categoryTiles(categories: CategoryChoice[], locale: string): CategoryTile[] {
  return categories.map(({ id, nameZh, nameEn, picture }) => ({
    id,
    nameZh,
    nameEn,
    picture,
    name: localized(locale, nameZh, nameEn),
  }));
}
