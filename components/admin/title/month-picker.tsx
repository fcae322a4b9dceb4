import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Month } from "@/lib/village/couriers";
import { formatMonth } from "../format";

/** Years, then the chosen year's months, as plain links; a year opens on its last month. */
export async function MonthPicker({
  years,
  months,
  month,
}: {
  years: number[];
  months: Month[];
  month: Month;
}) {
  const [t, tMonths, locale] = await Promise.all([
    getTranslations("title.years"),
    getTranslations("title.couriers"),
    getLocale(),
  ]);
  const newest = years[0];
  const chip =
    "inline-flex min-h-11 items-center rounded-full bg-white px-4 font-semibold text-turquoise-700 ring-1 ring-earth-100 hover:ring-turquoise-500 aria-[current=page]:bg-turquoise-700 aria-[current=page]:text-white";
  return (
    <div className="space-y-2">
      <nav aria-label={t("label")} className="flex flex-wrap gap-2">
        {years.map((year) => (
          <Link
            key={year}
            href={year === newest ? "/admin/couriers" : `/admin/couriers?month=${year}-12`}
            aria-current={year === month.year ? "page" : undefined}
            className={chip}
          >
            {t("year", { year })}
          </Link>
        ))}
      </nav>
      <nav aria-label={tMonths("months")} className="flex flex-wrap gap-2">
        {months.map((option) => (
          <Link
            key={option.key}
            href={`/admin/couriers?month=${option.key}`}
            aria-current={option.key === month.key ? "page" : undefined}
            className={chip}
          >
            {formatMonth(option.key, locale)}
          </Link>
        ))}
      </nav>
    </div>
  );
}
