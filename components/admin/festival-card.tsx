import { getLocale, getTranslations } from "next-intl/server";
import { formatFen } from "@/lib/money";
import type { FestivalSales } from "@/lib/village/festival";
import { Card } from "./card";
import { barPercent, formatCount, formatDay } from "./format";

/** Double 11: the festival's total, its busiest day, and the eleven days side by side. */
export async function FestivalCard({ festival }: { festival: FestivalSales }) {
  const [t, locale] = await Promise.all([getTranslations("admin.festival"), getLocale()]);
  const max = Math.max(0, ...festival.days.map((d) => d.salesFen));
  const title = t("title", { year: festival.year });
  if (!festival.started || festival.salesFen === 0) {
    return (
      <Card id="festival" title={title}>
        <p className="text-earth-700">{festival.started ? t("none") : t("notYet")}</p>
      </Card>
    );
  }
  return (
    <Card id="festival" title={title}>
      <p className="text-3xl font-extrabold text-turquoise-900">{formatFen(festival.salesFen, locale)}</p>
      <p className="text-sm text-earth-700">
        {t("orders", { orders: formatCount(festival.orders, locale) })}
      </p>
      {festival.peak && (
        <p className="mt-3 rounded-xl bg-amber-50 px-3 py-2 font-semibold text-earth-900">
          {t("peak", {
            day: formatDay(festival.peak.day, locale),
            amount: formatFen(festival.peak.salesFen, locale),
          })}
        </p>
      )}
      <div aria-hidden="true" className="mt-4 flex h-28 items-end gap-1">
        {festival.days.map((day) => (
          <div key={day.day} className="flex h-full flex-1 flex-col items-center justify-end gap-1">
            <div
              className={`w-full rounded-t ${day.day === festival.peak?.day ? "bg-amber-500" : "bg-turquoise-500"}`}
              style={{ height: `${barPercent(day.salesFen, max)}%` }}
            />
            <span className="text-xs text-earth-700">{Number(day.day.slice(8))}</span>
          </div>
        ))}
      </div>
    </Card>
  );
}
