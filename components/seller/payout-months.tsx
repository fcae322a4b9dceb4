import { getLocale, getTranslations } from "next-intl/server";
import { formatFen } from "@/lib/money";
import type { PayoutMonth } from "@/lib/seller/payouts";
import { Icon } from "./icons";

function monthDate(month: string): Date {
  const [year = "0", mm = "1"] = month.split("-");
  return new Date(Date.UTC(Number(year), Number(mm) - 1, 1));
}

/** "2025-03" → "Mar" / "3月"; with `year`, "March 2025" / "2025年3月" (for screen readers). */
function monthLabel(month: string, locale: string, year = false): string {
  return new Intl.DateTimeFormat(locale, {
    month: year ? "long" : "short",
    ...(year && { year: "numeric" }),
    timeZone: "UTC",
  }).format(monthDate(month));
}

function yearLabel(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: "numeric", timeZone: "UTC" }).format(monthDate(month));
}

/** Bar length in percent of the largest month; a visible sliver for any amount above zero. */
function barWidth(fen: number, max: number): string {
  if (fen <= 0 || max <= 0) return "0%";
  return `${Math.max(3, Math.round((fen / max) * 100))}%`;
}

function Bar({ fen, max, tone, locale }: { fen: number; max: number; tone: string; locale: string }) {
  return (
    <div className="flex items-center gap-2">
      <div className="h-5 min-w-0 flex-1 rounded-full bg-earth-50">
        <div className={`h-5 rounded-full ${tone}`} style={{ width: barWidth(fen, max) }} />
      </div>
      <span className={`w-28 shrink-0 text-right font-bold tabular-nums ${fen > 0 ? "" : "text-earth-700"}`}>
        {formatFen(fen, locale)}
      </span>
    </div>
  );
}

/**
 * The last 12 months, newest on top: per month a green bar (paid to you) and an amber bar (on the
 * way), each with its amount written beside it. Screen readers get one sentence per month instead.
 */
export async function PayoutMonths({ months }: { months: PayoutMonth[] }) {
  const [t, locale] = await Promise.all([getTranslations("seller.payouts"), getLocale()]);
  const max = Math.max(0, ...months.map((m) => Math.max(m.paidOutFen, m.onTheWayFen)));
  const newestFirst = [...months].reverse();
  const oldest = months[0]?.month;
  return (
    <section
      aria-labelledby="months-title"
      className="rounded-3xl bg-white p-4 shadow-sm ring-1 ring-earth-100 md:p-5"
    >
      <h2 id="months-title" className="flex items-center gap-2 text-xl font-bold">
        <Icon name="calendar" className="h-7 w-7 text-turquoise-700" />
        {t("months")}
      </h2>
      <p aria-hidden="true" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-earth-700">
        <span className="flex items-center gap-1.5">
          <span className="h-4 w-4 rounded-full bg-green-600" />
          <Icon name="checkCircle" className="h-5 w-5 text-green-700" />
          {t("paidOut")}
        </span>
        <span className="flex items-center gap-1.5">
          <span className="h-4 w-4 rounded-full bg-amber-400" />
          <Icon name="clock" className="h-5 w-5 text-amber-700" />
          {t("onTheWay")}
        </span>
      </p>
      {max === 0 ? <p className="mt-3 text-lg font-semibold text-earth-700">{t("nothingYet")}</p> : null}
      <ul className="mt-3 flex flex-col divide-y divide-earth-100">
        {newestFirst.map((m) => {
          // The year goes above January and the oldest month, where it changes.
          const showYear = m.month === oldest || m.month.endsWith("-01");
          return (
            <li key={m.month} className="flex items-center gap-3 py-2">
              <span aria-hidden="true" className="w-16 shrink-0 text-lg leading-tight font-bold">
                {showYear ? (
                  <span className="block text-sm font-semibold text-earth-700">
                    {yearLabel(m.month, locale)}
                  </span>
                ) : null}
                {monthLabel(m.month, locale)}
              </span>
              <div aria-hidden="true" className="flex min-w-0 flex-1 flex-col gap-1">
                {/* A month shows the bars it has; an empty month one grey ¥0.00, not two. */}
                {m.paidOutFen > 0 || m.onTheWayFen === 0 ? (
                  <Bar fen={m.paidOutFen} max={max} tone="bg-green-600" locale={locale} />
                ) : null}
                {m.onTheWayFen > 0 ? (
                  <Bar fen={m.onTheWayFen} max={max} tone="bg-amber-400" locale={locale} />
                ) : null}
              </div>
              <span className="sr-only">
                {t("monthRow", {
                  month: monthLabel(m.month, locale, true),
                  paidOut: formatFen(m.paidOutFen, locale),
                  onTheWay: formatFen(m.onTheWayFen, locale),
                })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
