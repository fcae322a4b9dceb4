import { getLocale, getTranslations } from "next-intl/server";
import { formatFen } from "@/lib/money";
import type { FestivalSales } from "@/lib/village/festival";
import { formatDay } from "../format";
import { Rule } from "./rule";
import { YearOnYear } from "./year-on-year";

/** Double 11 of this year beside last year's: the festival's sales and its best day. */
export async function FestivalCompare({
  current,
  previous,
}: {
  current: FestivalSales;
  previous: FestivalSales;
}) {
  const [t, locale] = await Promise.all([getTranslations("title.meter"), getLocale()]);
  const money = (fen: number) => formatFen(fen, locale);
  const peak = (festival: FestivalSales) =>
    festival.peak
      ? t("festivalPeakValue", {
          day: formatDay(festival.peak.day, locale),
          amount: money(festival.peak.salesFen),
        })
      : t("festivalNone");
  return (
    <section
      aria-labelledby="festival-heading"
      className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100"
    >
      <h2 id="festival-heading" className="text-lg font-bold text-earth-900">
        {t("festival")}
      </h2>
      {current.started ? (
        <dl className="mt-3 grid gap-4 sm:grid-cols-2">
          <div>
            <dt className="font-semibold text-earth-700">{t("festivalSales")}</dt>
            <dd className="text-3xl font-extrabold text-turquoise-900">{money(current.salesFen)}</dd>
            <dd>
              <YearOnYear
                current={current.salesFen}
                previous={previous.salesFen}
                previousYear={previous.year}
                sameDays={false}
                format={money}
              />
            </dd>
          </div>
          <div>
            <dt className="font-semibold text-earth-700">{t("festivalPeak")}</dt>
            <dd className="text-xl font-bold text-earth-900">{peak(current)}</dd>
            <dd>
              <YearOnYear
                current={current.peak?.salesFen ?? 0}
                previous={previous.peak?.salesFen ?? 0}
                previousYear={previous.year}
                sameDays={false}
                format={() => peak(previous)}
              />
            </dd>
          </div>
        </dl>
      ) : (
        <p className="mt-3 text-earth-700">
          {t("festivalNotYet")} · {previous.year}: {money(previous.salesFen)}, {peak(previous)}
        </p>
      )}
      <Rule>{t("festivalRule")}</Rule>
    </section>
  );
}
