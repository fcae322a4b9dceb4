import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Icon } from "./icons";

const arrowClass =
  "flex h-14 w-14 items-center justify-center rounded-2xl bg-white text-turquoise-700 shadow-sm ring-1 ring-earth-100 hover:bg-turquoise-50";

/** Big left and right arrows between pages of a list; `hrefFor` builds each page's link. */
export async function Pager({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("seller.orders.pager");
  return (
    <nav aria-label={t("label")} className="mt-6 flex items-center justify-center gap-4">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={arrowClass} aria-label={t("previous")}>
          <Icon name="arrowLeft" className="h-8 w-8" />
        </Link>
      ) : (
        <span className="h-14 w-14" />
      )}
      <span className="text-lg font-bold tabular-nums">{t("page", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={arrowClass} aria-label={t("next")}>
          <Icon name="arrowRight" className="h-8 w-8" />
        </Link>
      ) : (
        <span className="h-14 w-14" />
      )}
    </nav>
  );
}
