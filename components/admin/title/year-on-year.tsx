import { getLocale, getTranslations } from "next-intl/server";
import type { Protected } from "@/lib/village/small-counts";

/**
 * The same figure a year earlier and the change, in words and an arrow. `sameDays` when this year is
 * not over, so the comparison is with the same days of last year. A withheld figure on either side
 * leaves no comparison (it could give the small count away).
 */
export async function YearOnYear({
  current,
  previous,
  previousYear,
  sameDays,
  format,
}: {
  current: number | Protected;
  previous: number | Protected;
  previousYear: number;
  sameDays: boolean;
  format: (value: number) => string;
}) {
  const [t, locale] = await Promise.all([getTranslations("title.yoy"), getLocale()]);
  const now = typeof current === "number" ? { shown: true as const, value: current } : current;
  const before = typeof previous === "number" ? { shown: true as const, value: previous } : previous;
  if (!now.shown || !before.shown) return <p className="mt-2 text-sm text-earth-700">{t("hidden")}</p>;
  const diff = now.value - before.value;
  const percent = (value: number) =>
    new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value);
  let change: string;
  let arrow = "";
  if (diff === 0) change = t("same");
  else if (before.value === 0) change = t("new");
  else {
    arrow = diff > 0 ? "▲" : "▼";
    change = t(diff > 0 ? "up" : "down", { change: percent(Math.abs(diff) / before.value) });
  }
  const line = t(sameDays ? "previousSameDays" : "previous", {
    year: previousYear,
    value: format(before.value),
  });
  const tone = diff > 0 ? "text-green-800" : diff < 0 ? "text-red-800" : "text-earth-700";
  return (
    <p className="mt-2 text-sm text-earth-700">
      {line} ·{" "}
      <span className={`font-semibold ${tone}`}>
        {arrow && <span aria-hidden="true">{arrow} </span>}
        {change}
      </span>
    </p>
  );
}
