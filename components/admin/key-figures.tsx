import { getLocale, getTranslations } from "next-intl/server";
import type { VillageOverview } from "@/lib/village/overview";
import { HOUSEHOLD_SHARE_LINE_PERCENT } from "@/lib/village/title";
import { formatCount, formatShare } from "./format";
import { ProgressBar } from "./progress-bar";

function Tile({
  label,
  value,
  note,
  children,
}: {
  label: string;
  value: string;
  note: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-col rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100">
      <h3 className="font-semibold text-earth-700">{label}</h3>
      <p className="mt-1 text-3xl font-extrabold text-turquoise-900">{value}</p>
      <p className="mt-1 text-sm text-earth-700">{note}</p>
      {children && <div className="mt-auto pt-3">{children}</div>}
    </div>
  );
}

/** Orders, shops and households: the counts behind the Taobao-village criteria. */
export async function KeyFigures({ overview }: { overview: VillageOverview }) {
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
      <p className="mt-2 text-sm text-earth-700">{t("todayNote")}</p>
    </section>
  );
}
