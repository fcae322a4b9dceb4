import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";

const linkClass =
  "inline-flex min-h-11 items-center rounded-full bg-white px-5 font-semibold text-turquoise-700 ring-1 ring-earth-100 hover:ring-turquoise-500";

/**
 * Previous / next links for a list split into pages: `…/page/2` for catalog lists (each page its
 * own prerendered URL), or the list's own `hrefFor` (search results keep their page in the query).
 */
export async function Pagination({
  basePath = "",
  hrefFor,
  page,
  pageCount,
}: {
  basePath?: string;
  hrefFor?: (page: number) => string;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("store.pagination");
  const href = hrefFor ?? ((target: number) => (target === 1 ? basePath : `${basePath}/page/${target}`));
  return (
    <nav aria-label={t("label")} className="mt-8 flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-earth-700">{t("pageOf", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
