import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The years to look at, as plain links (works without script); the current one is marked. */
export async function YearPicker({
  years,
  year,
  basePath,
}: {
  years: number[];
  year: number;
  basePath: string;
}) {
  const t = await getTranslations("title.years");
  const newest = years[0];
  return (
    <nav aria-label={t("label")} className="flex flex-wrap gap-2">
      {years.map((option) => (
        <Link
          key={option}
          href={option === newest ? basePath : `${basePath}?year=${option}`}
          aria-current={option === year ? "page" : undefined}
          className="inline-flex min-h-11 items-center rounded-full bg-white px-4 font-semibold text-turquoise-700 ring-1 ring-earth-100 hover:ring-turquoise-500 aria-[current=page]:bg-turquoise-700 aria-[current=page]:text-white"
        >
          {t("year", { year: option })}
        </Link>
      ))}
    </nav>
  );
}
