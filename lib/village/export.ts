import "server-only";
import { localized } from "@/lib/i18n/locales";
import { type Cell, fenToYuanText, toCsv } from "./csv";
import { type VillageOverview, villageOverview } from "./overview";
import type { ShopSales } from "./shop-sales";

export type ExportLabelKey =
  | "section"
  | "name"
  | "type"
  | "orders"
  | "itemsSold"
  | "salesFen"
  | "salesYuan"
  | "summary"
  | "month"
  | "category"
  | "shop"
  | "period"
  | "grossSales"
  | "refunds"
  | "total"
  | "festival"
  | "agriculture"
  | "crafts";

type Label = (key: ExportLabelKey) => string;

const money = (fen: number): Cell[] => [fen, fenToYuanText(fen)];

function summaryRows(o: VillageOverview, label: Label, periodLabel: string): Cell[][] {
  const s = label("summary");
  return [
    [s, label("period"), periodLabel, null, null, null, null],
    [s, label("grossSales"), null, o.totals.orders, null, ...money(o.totals.grossSalesFen)],
    [s, label("refunds"), null, null, null, ...money(o.totals.refundsFen)],
    [s, label("total"), null, o.totals.orders, null, ...money(o.totals.salesFen)],
    [s, label("agriculture"), null, null, null, ...money(o.kinds.agricultureFen)],
    [s, label("crafts"), null, null, null, ...money(o.kinds.craftsFen)],
    [s, label("festival"), String(o.festival.year), o.festival.orders, null, ...money(o.festival.salesFen)],
  ];
}

function detailRows(o: VillageOverview, shops: ShopSales[], label: Label, locale: string): Cell[][] {
  const kind = (k: string) => label(k === "AGRICULTURE" ? "agriculture" : "crafts");
  return [
    ...o.months.map((m) => [label("month"), m.month, null, m.orders, null, ...money(m.salesFen)]),
    ...o.categories.map((c) => [
      label("category"),
      localized(locale, c.nameZh, c.nameEn),
      kind(c.kind),
      null,
      c.units,
      ...money(c.salesFen),
    ]),
    ...shops.map((shop) => [
      label("shop"),
      localized(locale, shop.nameZh, shop.nameEn),
      shop.slug,
      shop.parcels,
      null,
      ...money(shop.salesFen),
    ]),
  ];
}

/**
 * The period's figures (summary, each month, each category, every shop that sold) as CSV text. The
 * amount columns are net sales; the summary also gives the gross paid sales and the refunds behind them.
 */
export async function villageExportCsv(
  villageId: string,
  periodParam: string | undefined,
  options: { locale: string; label: Label; periodLabel: (o: VillageOverview) => string },
): Promise<{ csv: string; periodKey: string } | null> {
  const overview = await villageOverview(villageId, periodParam, new Date(), { allShops: true });
  if (!overview) return null;
  const shops = overview.allShops ?? [];
  const { label, locale } = options;
  const header = (["section", "name", "type", "orders", "itemsSold", "salesFen", "salesYuan"] as const).map(
    label,
  );
  const rows = [
    header,
    ...summaryRows(overview, label, options.periodLabel(overview)),
    ...detailRows(overview, shops, label, locale),
  ];
  return { csv: toCsv(rows), periodKey: overview.period.key };
}
