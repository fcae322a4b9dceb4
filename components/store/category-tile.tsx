import { getLocale, getTranslations } from "next-intl/server";
import type { HomeCategory } from "@/lib/catalog/home";
import { Link } from "@/lib/i18n/link";
import { localized } from "@/lib/i18n/locales";
import { CategoryIcon } from "./category-icon";

/** A big picture tile: the way into a category in one tap, readable even without reading. */
export async function CategoryTile({ category }: { category: HomeCategory }) {
  const [t, locale] = await Promise.all([getTranslations("store"), getLocale()]);
  const crafts = category.kind === "CRAFTS";
  return (
    <Link
      href={`/c/${category.slug}`}
      className={`flex h-full min-h-36 flex-col items-center gap-2 rounded-2xl p-3 text-center shadow-sm ring-1 transition hover:shadow-md ${
        crafts
          ? "bg-turquoise-50 ring-turquoise-100 hover:ring-turquoise-500"
          : "bg-white ring-earth-100 hover:ring-earth-700"
      }`}
    >
      <CategoryIcon slug={category.slug} size={72} className="h-16 w-16 sm:h-20 sm:w-20" />
      <span className="text-base font-semibold leading-tight sm:text-lg">
        {localized(locale, category.nameZh, category.nameEn)}
      </span>
      <span className="text-xs text-earth-700 sm:text-sm">
        {t("productCount", { count: category.productCount })}
      </span>
    </Link>
  );
}
