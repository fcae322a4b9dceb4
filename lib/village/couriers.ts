import "server-only";
import { db } from "@/lib/db/client";
import { type AdminVillage, adminVillage } from "./admin-village";
import { beijingMidnight } from "./period";
import { toNumber } from "./scope";
import { beijingDate } from "./year-window";

/**
 * A month of shipments, "YYYY-MM" (Beijing), and its bounds as UTC instants. `soFar` when it is this
 * month: it then ends with today, and the month a year earlier with the same day.
 */
export type Month = { key: string; year: number; month0: number; start: Date; end: Date; soFar: boolean };

export type CourierLine = {
  courier: string;
  parcels: number;
  /** Of the month's parcels, in basis points (‱). */
  shareBps: number;
  /** Median hours from payment to shipment; null when there are no parcels. */
  medianHours: number | null;
};

export type CourierMonth = {
  month: Month;
  parcels: number;
  medianHours: number | null;
  lines: CourierLine[];
};

export type CourierBoard = {
  village: AdminVillage;
  current: CourierMonth;
  /** The same month a year earlier. */
  previous: CourierMonth;
  /** The months the picker offers for the chosen month's year, up to this month. */
  months: Month[];
};

export function monthOf(year: number, month0: number): Month {
  const start = beijingMidnight(year, month0);
  const first = beijingDate(start);
  const key = `${first.year}-${String(first.month0 + 1).padStart(2, "0")}`;
  const end = beijingMidnight(first.year, first.month0 + 1);
  return { key, year: first.year, month0: first.month0, start, end, soFar: false };
}

/** The month cut at the end of Beijing day `day` (no later than its own end). */
function upToDay(month: Month, day: number): Month {
  const cut = beijingMidnight(month.year, month.month0, day + 1);
  return { ...month, end: cut < month.end ? cut : month.end, soFar: true };
}

/** "YYYY-MM" from the URL within the offered years and not after this month; else this month. */
export function resolveMonth(raw: string | string[] | undefined, years: number[], now: Date): Month {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const today = beijingDate(now);
  const match = value ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  if (match) {
    const year = Number(match[1]);
    const month0 = Number(match[2]) - 1;
    const future = year > today.year || (year === today.year && month0 > today.month0);
    if (years.includes(year) && month0 >= 0 && month0 <= 11 && !future) return monthOf(year, month0);
  }
  return monthOf(today.year, today.month0);
}

type Row = { courier: string | null; parcels: bigint; medianHours: number | null };

/**
 * Parcels shipped in the month (by when they were shipped, Beijing time) per courier, and the median
 * hours from payment to shipment, per courier and for all. One month of shipments, read on the
 * shippedAt index; medians are not additive, so a rollup would have to keep hour buckets instead.
 */
export async function courierMonth(villageId: string, month: Month): Promise<CourierMonth> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT so."courier",
           COUNT(*)::bigint AS "parcels",
           percentile_cont(0.5) WITHIN GROUP (
             ORDER BY EXTRACT(EPOCH FROM (so."shippedAt" - so."paidAt")) / 3600
           ) AS "medianHours"
    FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
    WHERE s."villageId" = ${villageId}
      AND so."shippedAt" >= ${month.start.toISOString()}::timestamp
      AND so."shippedAt" < ${month.end.toISOString()}::timestamp
      AND so."courier" IS NOT NULL AND so."paidAt" IS NOT NULL
    GROUP BY GROUPING SETS ((so."courier"), ())`;
  const total = rows.find((row) => row.courier === null);
  const parcels = toNumber(total?.parcels);
  const lines = rows
    .filter((row): row is Row & { courier: string } => row.courier !== null)
    .map((row) => {
      const count = toNumber(row.parcels);
      return {
        courier: row.courier,
        parcels: count,
        shareBps: parcels > 0 ? Math.round((count * 10_000) / parcels) : 0,
        medianHours: row.medianHours === null ? null : Number(row.medianHours),
      };
    })
    .sort((a, b) => b.parcels - a.parcels || a.courier.localeCompare(b.courier));
  return {
    month,
    parcels,
    medianHours: total?.medianHours == null ? null : Number(total.medianHours),
    lines,
  };
}

/** The courier board of one month (this month by default) and the same month a year earlier. */
export async function courierBoard(
  userId: string | null,
  monthParam: string | string[] | undefined,
  now = new Date(),
): Promise<CourierBoard | null> {
  const village = await adminVillage(userId, now);
  if (!village) return null;
  const chosen = resolveMonth(monthParam, village.years, now);
  const today = beijingDate(now);
  const lastMonth0 = chosen.year === today.year ? today.month0 : 11;
  // This month so far is compared with the same days of the month a year earlier, like for like.
  const thisMonth = chosen.year === today.year && chosen.month0 === today.month0;
  const yearBefore = monthOf(chosen.year - 1, chosen.month0);
  const [current, previous] = await Promise.all([
    courierMonth(village.id, thisMonth ? upToDay(chosen, today.day) : chosen),
    courierMonth(village.id, thisMonth ? upToDay(yearBefore, today.day) : yearBefore),
  ]);
  const months = Array.from({ length: lastMonth0 + 1 }, (_, i) => monthOf(chosen.year, i));
  return { village, current, previous, months };
}
