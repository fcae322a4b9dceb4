import { getLocale, getTranslations } from "next-intl/server";
import type { YearWindow } from "@/lib/village/year-window";
import { lastDay } from "./range";
import { YearPicker } from "./year-picker";

/** The page title, the year picker and what the figures cover, shared by the title pages. */
export async function YearHeading({
  title,
  years,
  window,
  basePath,
}: {
  title: string;
  years: number[];
  window: YearWindow;
  basePath: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("title.years"), getLocale()]);
  const range = window.complete
    ? t("rangeWhole", { year: window.year, previous: window.year - 1 })
    : t("rangeSoFar", { year: window.year, to: lastDay(window, locale), previous: window.year - 1 });
  return (
    <header className="space-y-3">
      <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
      <YearPicker years={years} year={window.year} basePath={basePath} />
      <p className="text-earth-700">{range}</p>
    </header>
  );
}
