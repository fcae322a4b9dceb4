import { getLocale, getTranslations } from "next-intl/server";
import { formatFen } from "@/lib/money";
import type { VillageOverview } from "@/lib/village/overview";
import { HOUSEHOLD_SHARE_LINE_PERCENT } from "@/lib/village/title";
import { formatCount, formatShare } from "./format";
import { ProgressBar } from "./progress-bar";
import { Tile } from "./tile";

/** Gross paid sales, the refunds taken off them, and what is left: the net sales the page counts. */
async function SalesAndRefunds({ overview }: { overview: VillageOverview }) {
  const [t, locale] = await Promise.all([getTranslations("admin.figures"), getLocale()]);
  const { totals } = overview;
  return (
    <section aria-labelledby="money-figures-heading">
      <h2 id="money-figures-heading" className="sr-only">
        {t("moneyTitle")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-3">
        <Tile
          label={t("grossSales")}
          value={formatFen(totals.grossSalesFen, locale)}
          note={t("grossSalesNote")}
        />
        <Tile label={t("refunds")} value={formatFen(totals.refundsFen, locale)} note={t("refundsNote")} />
        <Tile label={t("netSales")} value={formatFen(totals.salesFen, locale)} note={t("netSalesNote")} />
      </div>
    </section>
  );
}

/** The money behind the headline, then the counts behind the Taobao-village criteria. */
export async function KeyFigures({ overview }: { overview: VillageOverview }) {
  return (
    <>
      <SalesAndRefunds overview={overview} />
      <PeopleFigures overview={overview} />
    </>
  );
}

/** The last Beijing day before a cut-off (a Beijing midnight), in words. */
function lastDayCounted(cutoff: Date, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Asia/Shanghai" });
  return format.format(new Date(cutoff.getTime() - 1));
}

/** Orders, shops and households. */
async function PeopleFigures({ overview }: { overview: VillageOverview }) {
  const [t, locale] = await Promise.all([getTranslations("admin.figures"), getLocale()]);
  const { totals, participation: p, village } = overview;
  const n = (value: number) => formatCount(value, locale);
  const householdShare = formatShare(p.householdsSelling, p.households, locale);
  const line = `${HOUSEHOLD_SHARE_LINE_PERCENT}%`;
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading" className="sr-only">
        {t("title")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Tile
          label={t("orders")}
          value={n(totals.orders)}
          note={t("ordersNote", { parcels: n(totals.parcels) })}
        />
        <Tile
          label={t("activeShops")}
          value={t("outOf", { value: n(p.activeShops), total: n(village.shopTarget) })}
          note={t("activeShopsNote", { target: n(village.shopTarget) })}
        >
          <ProgressBar
            value={p.activeShops}
            max={village.shopTarget}
            label={t("activeShops")}
            valueText={t("outOf", { value: n(p.activeShops), total: n(village.shopTarget) })}
          />
        </Tile>
        <Tile
          label={t("householdsSelling")}
          value={householdShare}
          note={t("householdsSellingNote", { selling: n(p.householdsSelling), total: n(p.households), line })}
        >
          <ProgressBar
            value={p.householdsSelling}
            max={p.households}
            linePercent={HOUSEHOLD_SHARE_LINE_PERCENT}
            label={t("householdsSelling")}
            valueText={t("householdsSellingNote", {
              selling: n(p.householdsSelling),
              total: n(p.households),
              line,
            })}
          />
        </Tile>
        <Tile
          label={t("formerlyPoor")}
          value={t("outOf", { value: n(p.formerlyPoorSelling), total: n(p.formerlyPoorHouseholds) })}
          note={t("formerlyPoorNote", {
            share: formatShare(p.formerlyPoorSelling, p.formerlyPoorHouseholds, locale),
          })}
        />
      </div>
      <p className="mt-2 text-sm text-earth-700">
        {t("activeRuleNote", { date: lastDayCounted(p.at, locale) })}
      </p>
    </section>
  );
}
