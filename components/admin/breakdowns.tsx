import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/locales";
import { formatFen } from "@/lib/money";
import type { VillageOverview } from "@/lib/village/overview";
import { Card } from "./card";
import { formatCount, formatShare } from "./format";
import { RankedBars } from "./ranked-bars";

export async function CategorySalesCard({ overview }: { overview: VillageOverview }) {
  const [t, locale] = await Promise.all([getTranslations("admin.categories"), getLocale()]);
  const total = overview.totals.salesFen;
  return (
    <Card id="categories" title={t("title")}>
      {overview.categories.length === 0 ? (
        <p className="text-earth-700">{t("none")}</p>
      ) : (
        <RankedBars
          rows={overview.categories.map((c) => ({
            key: c.id,
            label: localized(locale, c.nameZh, c.nameEn),
            amount: formatFen(c.salesFen, locale),
            value: c.salesFen,
            note: t("note", {
              kind: t(c.kind === "AGRICULTURE" ? "agriculture" : "crafts"),
              share: formatShare(c.salesFen, total, locale),
              units: formatCount(c.units, locale),
            }),
            swatch: c.kind === "AGRICULTURE" ? "bg-green-700" : "bg-turquoise-600",
          }))}
        />
      )}
    </Card>
  );
}

export async function TopShopsCard({ overview }: { overview: VillageOverview }) {
  const [t, locale] = await Promise.all([getTranslations("admin.topShops"), getLocale()]);
  return (
    <Card id="top-shops" title={t("title", { count: overview.topShops.length })}>
      {overview.topShops.length === 0 ? (
        <p className="text-earth-700">{t("none")}</p>
      ) : (
        <RankedBars
          rows={overview.topShops.map((shop) => ({
            key: shop.id,
            label: localized(locale, shop.nameZh, shop.nameEn),
            amount: formatFen(shop.salesFen, locale),
            value: shop.salesFen,
            note: t("parcels", { parcels: formatCount(shop.parcels, locale) }),
          }))}
        />
      )}
    </Card>
  );
}
