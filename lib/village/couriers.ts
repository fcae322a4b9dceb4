import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { type AdminVillage, adminVillage } from "./admin-village";
import { beijingMidnight } from "./period";
import { rollupRange } from "./rollups/range";
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

type Bucket = { courier: string; hours: number; parcels: bigint };

/**
 * The median of a histogram of whole hours, buckets sorted by hours: the middle parcel's hours, or
 * the mean of the two middle ones (what percentile_cont(0.5) gives over the same hours).
 */
export function medianOfBuckets(buckets: { hours: number; parcels: number }[]): number | null {
  const total = buckets.reduce((sum, bucket) => sum + bucket.parcels, 0);
  if (total === 0) return null;
  const at = (rank: number) => {
    let seen = 0;
    for (const bucket of buckets) {
      seen += bucket.parcels;
      if (rank < seen) return bucket.hours;
    }
    throw new Error("rank past the histogram");
  };
  const low = at(Math.floor((total - 1) / 2));
  const high = at(Math.floor(total / 2));
  return (low + high) / 2;
}

/**
 * Parcels shipped in the month (by when they were shipped, Beijing time) per courier, and the median
 * hours from payment to shipment, per courier and for all, to the hour: read from the courier
 * rollups (prisma/migrations/…_courier_rollups), a histogram of whole hours per courier and day or
 * month, so the work is the number of buckets, never the number of parcels.
 */
export async function courierMonth(villageId: string, month: Month): Promise<CourierMonth> {
  const range = rollupRange(month);
  const rows =
    range.grain === "month"
      ? Prisma.sql`SELECT "courier", "hours", "parcels" FROM "CourierMonthShipments" WHERE "villageId" = ${villageId}
          AND "month" >= ${range.from}::date AND "month" < ${range.to}::date`
      : Prisma.sql`SELECT "courier", "hours", "parcels" FROM "CourierDayShipments" WHERE "villageId" = ${villageId}
          AND "day" >= ${range.from}::date AND "day" < ${range.to}::date`;
  const buckets = await db.$queryRaw<Bucket[]>`
    SELECT r."courier", r."hours", SUM(r."parcels")::bigint AS "parcels"
    FROM (${rows}) r
    GROUP BY 1, 2
    HAVING SUM(r."parcels") <> 0
    ORDER BY 1, 2`;
  const byCourier = new Map<string, { hours: number; parcels: number }[]>();
  const all: { hours: number; parcels: number }[] = [];
  for (const bucket of buckets) {
    const entry = { hours: bucket.hours, parcels: toNumber(bucket.parcels) };
    byCourier.set(bucket.courier, [...(byCourier.get(bucket.courier) ?? []), entry]);
    all.push(entry);
  }
  all.sort((a, b) => a.hours - b.hours);
  const parcels = all.reduce((sum, bucket) => sum + bucket.parcels, 0);
  const lines = [...byCourier.entries()]
    .map(([courier, courierBuckets]) => {
      const count = courierBuckets.reduce((sum, bucket) => sum + bucket.parcels, 0);
      return {
        courier,
        parcels: count,
        shareBps: parcels > 0 ? Math.round((count * 10_000) / parcels) : 0,
        medianHours: medianOfBuckets(courierBuckets),
      };
    })
    .sort((a, b) => b.parcels - a.parcels || a.courier.localeCompare(b.courier));
  return { month, parcels, medianHours: medianOfBuckets(all), lines };
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
