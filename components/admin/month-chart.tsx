import { getLocale, getTranslations } from "next-intl/server";
import { formatFen } from "@/lib/money";
import type { MonthSales } from "@/lib/village/stats";
import { Card } from "./card";
import { barPercent, formatCount, formatMonth, formatMonthTick } from "./format";

/**
 * Sales by month as bars. The bars are decoration for sighted readers; the same figures are in the
 * table below, which screen readers read and anyone can open.
 */
export async function MonthChart({ months }: { months: MonthSales[] }) {
  const [t, locale] = await Promise.all([getTranslations("admin.months"), getLocale()]);
  const max = Math.max(0, ...months.map((m) => m.salesFen));
  const best = months.reduce<MonthSales | null>(
    (top, m) => (m.salesFen > (top?.salesFen ?? 0) ? m : top),
    null,
  );
  return (
    <Card id="months" title={t("title")}>
      {best ? (
        <p className="text-earth-900">
          {t("best", {
            month: formatMonth(best.month, locale, true),
            amount: formatFen(best.salesFen, locale),
          })}
        </p>
      ) : (
        <p className="text-earth-700">{t("none")}</p>
      )}
      <div aria-hidden="true" className="mt-4 flex h-44 items-end gap-1 sm:gap-2">
        {months.map((m) => (
          <div key={m.month} className="flex h-full min-w-0 flex-1 flex-col items-center justify-end gap-1">
            <div
              className={`w-full rounded-t ${m.month === best?.month ? "bg-amber-500" : "bg-turquoise-600"}`}
              style={{ height: `${barPercent(m.salesFen, max)}%` }}
            />
            <span className="w-full text-center text-xs text-earth-700">
              <span className="sm:hidden">{formatMonthTick(m.month, locale)}</span>
              <span className="hidden sm:inline">{formatMonth(m.month, locale)}</span>
            </span>
          </div>
        ))}
      </div>
      <details className="mt-4">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-turquoise-700">
          {t("showTable")}
        </summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-earth-100">
                <th scope="col" className="py-2 pr-4">
                  {t("month")}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {t("orders")}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t("sales")}
                </th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month} className="border-b border-earth-50">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {formatMonth(m.month, locale, true)}
                  </th>
                  <td className="py-2 pr-4 text-right tabular-nums">{formatCount(m.orders, locale)}</td>
                  <td className="py-2 text-right tabular-nums">{formatFen(m.salesFen, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Card>
  );
}
