import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LAST_12_MONTHS, type Period, THIS_YEAR } from "@/lib/village/period";

/**
 * This year, the last 12 months, or a past year with sales: plain links, so it works without script.
 * `basePath` is the admin page the links stay on.
 */
export async function PeriodPicker({
  period,
  pastYears,
  basePath = "/admin",
}: {
  period: Period;
  pastYears: number[];
  basePath?: string;
}) {
  const t = await getTranslations("admin.period");
  const options = [
    { key: THIS_YEAR, href: basePath, label: t("thisYear") },
    { key: LAST_12_MONTHS, href: `${basePath}?period=${LAST_12_MONTHS}`, label: t("last12Months") },
    ...pastYears.map((year) => ({
      key: String(year),
      href: `${basePath}?period=${year}`,
      label: t("year", { year }),
    })),
  ];
  return (
    <nav aria-label={t("label")} className="flex flex-wrap gap-2">
      {options.map((option) => (
        <Link
          key={option.key}
          href={option.href}
          aria-current={option.key === period.key ? "page" : undefined}
          className="inline-flex min-h-11 items-center rounded-full bg-white px-4 font-semibold text-turquoise-700 ring-1 ring-earth-100 hover:ring-turquoise-500 aria-[current=page]:bg-turquoise-700 aria-[current=page]:text-white"
        >
          {option.label}
        </Link>
      ))}
    </nav>
  );
}
