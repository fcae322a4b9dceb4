import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { localized } from "@/lib/i18n/locales";

type ShopSummary = { slug: string; nameZh: string; nameEn: string; storyZh: string; storyEn: string };

export async function ShopCard({ shop }: { shop: ShopSummary }) {
  const [t, locale] = await Promise.all([getTranslations("store.home"), getLocale()]);
  const name = localized(locale, shop.nameZh, shop.nameEn);
  return (
    <Link
      href={`/s/${shop.slug}`}
      className="flex h-full flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-earth-100 transition hover:shadow-md hover:ring-turquoise-500"
    >
      <span className="flex items-center gap-3">
        <span
          aria-hidden="true"
          className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full bg-earth-100 text-lg font-bold text-earth-700"
        >
          {name.slice(0, 1)}
        </span>
        <span className="font-semibold leading-snug">{name}</span>
      </span>
      <span className="line-clamp-3 text-sm text-earth-700">
        {localized(locale, shop.storyZh, shop.storyEn)}
      </span>
      <span className="mt-auto pt-1 text-sm font-semibold text-turquoise-700">
        {t("visitShop", { shop: name })} →
      </span>
    </Link>
  );
}
