import { getLocale, getTranslations } from "next-intl/server";
import { formatFen } from "@/lib/money";
import { HOUSEHOLD_SHARE_LINE_PERCENT } from "@/lib/village/title";
import type { TitleMeter } from "@/lib/village/title-meter";
import { formatCount, formatShare } from "../format";
import { CriterionCard } from "./criterion-card";
import { lastDay } from "./range";
import { YearOnYear } from "./year-on-year";

/** The three lines of the title side by side: sales, active shops, households selling. */
export async function TitleCriteria({ meter }: { meter: TitleMeter }) {
  const [t, locale] = await Promise.all([getTranslations("title.meter"), getLocale()]);
  const { current, previous, village } = meter;
  const money = (fen: number) => formatFen(fen, locale);
  const count = (n: number) => formatCount(n, locale);
  const yoy = (pick: (y: typeof current) => number, format: (n: number) => string) => (
    <YearOnYear
      current={pick(current)}
      previous={pick(previous)}
      previousYear={previous.window.year}
      sameDays={!current.window.complete}
      format={format}
    />
  );
  const day = lastDay(current.window, locale);
  // Households needed for 10%, rounded up: 339 households need 34.
  const householdLine = Math.ceil((current.households * HOUSEHOLD_SHARE_LINE_PERCENT) / 100);
  const over = (have: number, need: number) => have - need;
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <CriterionCard
        id="sales"
        label={t("sales")}
        value={money(current.salesFen)}
        target={t("salesOf", { target: money(village.salesTargetFen) })}
        progress={{
          value: current.salesFen,
          max: village.salesTargetFen,
          valueText: t("progress", {
            label: t("sales"),
            value: money(current.salesFen),
            target: money(village.salesTargetFen),
          }),
        }}
        met={current.check.salesMet}
        gap={
          current.check.salesMet
            ? t("salesOver", { amount: money(current.salesFen - village.salesTargetFen) })
            : t("salesGap", { amount: money(current.check.salesGapFen) })
        }
        comparison={yoy((y) => y.salesFen, money)}
        rule={t("salesRule")}
      />
      <CriterionCard
        id="shops"
        label={t("shops")}
        value={count(current.activeShops)}
        target={t("shopsOf", { target: count(village.shopTarget) })}
        progress={{
          value: current.activeShops,
          max: village.shopTarget,
          valueText: t("progress", {
            label: t("shops"),
            value: count(current.activeShops),
            target: count(village.shopTarget),
          }),
        }}
        met={current.check.shopsMet}
        gap={
          current.check.shopsMet
            ? t("shopsOver", { count: count(over(current.activeShops, village.shopTarget)) })
            : t("shopsGap", { count: count(village.shopTarget - current.activeShops) })
        }
        comparison={yoy((y) => y.activeShops, count)}
        rule={t("shopsRule", { day })}
      />
      <CriterionCard
        id="households"
        label={t("households")}
        value={count(current.householdsSelling)}
        target={t("householdsOf", {
          total: count(current.households),
          share: formatShare(current.householdsSelling, current.households, locale),
          line: count(householdLine),
        })}
        progress={{
          value: current.householdsSelling,
          max: current.households,
          linePercent: HOUSEHOLD_SHARE_LINE_PERCENT,
          valueText: t("progress", {
            label: t("households"),
            value: count(current.householdsSelling),
            target: count(householdLine),
          }),
        }}
        met={current.check.householdsMet}
        gap={
          current.check.householdsMet
            ? t("householdsOver", { count: count(over(current.householdsSelling, householdLine)) })
            : t("householdsGap", { count: count(householdLine - current.householdsSelling) })
        }
        comparison={yoy((y) => y.householdsSelling, count)}
        rule={t("householdsRule", { day, total: count(current.households) })}
      />
    </div>
  );
}
