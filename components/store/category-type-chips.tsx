import { getLocale, getTranslations } from "next-intl/server";
import { typesOfCategory } from "@/lib/catalog/category-types";
import { Link } from "@/lib/i18n/link";
import { localized } from "@/lib/i18n/locales";

const chipClass =
  "inline-flex min-h-11 items-center rounded-full px-4 text-sm font-semibold ring-1 ring-earth-100 bg-white hover:bg-turquoise-50 aria-[current=page]:bg-turquoise-700 aria-[current=page]:text-white aria-[current=page]:ring-turquoise-700";

/** "All · Bracelets · Necklaces …": plain links, so a buyer narrows a category in one tap. */
export async function CategoryTypeChips({
  categorySlug,
  current,
}: {
  categorySlug: string;
  current?: string;
}) {
  const types = typesOfCategory(categorySlug);
  if (types.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("store.category"), getLocale()]);
  return (
    <nav aria-label={t("types")} className="-mx-4 mb-5 overflow-x-auto px-4">
      <ul className="flex w-max gap-2">
        <li>
          <Link href={`/c/${categorySlug}`} aria-current={current ? undefined : "page"} className={chipClass}>
            {t("allTypes")}
          </Link>
        </li>
        {types.map((type) => (
          <li key={type.key}>
            <Link
              href={`/c/${categorySlug}/type/${type.key}`}
              aria-current={current === type.key ? "page" : undefined}
              className={chipClass}
            >
              {localized(locale, type.nameZh, type.nameEn)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
