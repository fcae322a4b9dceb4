import { getLocale, getTranslations } from "next-intl/server";
import { CourierBadge } from "@/components/seller/courier-badge";
import { findCourier } from "@/lib/couriers";
import { localized } from "@/lib/i18n/locales";
import type { CourierBoard } from "@/lib/village/couriers";
import { barPercent, formatCount, formatMonth } from "../format";

/** The same figure a year earlier, small, under this month's. */
function Before({ label, value }: { label: string; value: string }) {
  return (
    <span className="block text-xs font-normal text-earth-700">
      {label}: {value}
    </span>
  );
}

/** The month's couriers, busiest first: parcels, share (a bar), median hours; a year before beside each. */
export async function CourierTable({ board }: { board: CourierBoard }) {
  const [t, locale] = await Promise.all([getTranslations("title.couriers"), getLocale()]);
  const { current, previous } = board;
  const hours = (value: number | null) =>
    value === null
      ? "–"
      : t("hours", { hours: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value) });
  const share = (bps: number) =>
    new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(bps / 10_000);
  const before = new Map(previous.lines.map((line) => [line.courier, line]));
  // The same month, so the year alone names it.
  const previousMonth = String(previous.month.year);
  const max = Math.max(0, ...current.lines.map((line) => line.parcels));
  if (current.parcels === 0)
    return <p className="rounded-2xl bg-white p-5 ring-1 ring-earth-100">{t("none")}</p>;
  const cell = "px-3 py-2 text-right tabular-nums";
  return (
    // Four narrow columns, a year earlier under each figure: fits a phone without scrolling sideways.
    <div className="rounded-2xl bg-white shadow-sm ring-1 ring-earth-100">
      <table className="w-full text-left">
        <caption className="sr-only">
          {t("tableCaption", { month: formatMonth(current.month.key, locale, true) })}
        </caption>
        <thead className="border-b border-earth-100 text-sm text-earth-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("courier")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("parcels")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("share")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("median")}
            </th>
          </tr>
        </thead>
        <tbody>
          {current.lines.map((line) => {
            const courier = findCourier(line.courier);
            const last = before.get(line.courier);
            return (
              <tr key={line.courier} className="border-b border-earth-100 last:border-0">
                <th scope="row" className="px-3 py-2 font-semibold">
                  <span className="flex items-center gap-2">
                    {courier && <CourierBadge courier={courier} size="sm" />}
                    {courier ? localized(locale, courier.nameZh, courier.nameEn) : line.courier}
                  </span>
                </th>
                <td className={cell}>
                  <span className="block text-lg font-bold">{formatCount(line.parcels, locale)}</span>
                  <Before label={previousMonth} value={last ? formatCount(last.parcels, locale) : "–"} />
                </td>
                <td className="px-3 py-2">
                  <span className="flex items-center gap-2">
                    <span
                      aria-hidden="true"
                      className="hidden h-3 w-24 overflow-hidden rounded-full bg-earth-100 sm:block"
                    >
                      <span
                        className="block h-full rounded-full bg-turquoise-600"
                        style={{ width: `${barPercent(line.parcels, max)}%` }}
                      />
                    </span>
                    <span className="tabular-nums">{share(line.shareBps)}</span>
                  </span>
                </td>
                <td className={cell}>
                  <span className="block">{hours(line.medianHours)}</span>
                  <Before label={previousMonth} value={last ? hours(last.medianHours) : "–"} />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot className="border-t-2 border-earth-100 font-bold">
          <tr>
            <th scope="row" className="px-3 py-2">
              {t("total")}
            </th>
            <td className={cell}>
              <span className="block">{formatCount(current.parcels, locale)}</span>
              <Before label={previousMonth} value={formatCount(previous.parcels, locale)} />
            </td>
            <td className="px-3 py-2">{share(10_000)}</td>
            <td className={cell}>
              <span className="block">{hours(current.medianHours)}</span>
              <Before label={previousMonth} value={hours(previous.medianHours)} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
