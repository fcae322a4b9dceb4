import "server-only";
import { db } from "@/lib/db/client";
import { beijingYearMonth, type Period, resolvePeriod } from "./period";

/**
 * Beijing calendar years in which the village has paid shop orders, newest first: from the monthly
 * rollup (a few hundred rows a year), never from the order history.
 */
export async function yearsWithSales(villageId: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM "month")::int AS "year"
    FROM "ShopMonthSales"
    WHERE "villageId" = ${villageId} AND "parcels" > 0
    ORDER BY 1 DESC`;
  return rows.map((row) => Number(row.year));
}

/** The period the admin asked for, from the choices the picker offers (past years that had sales). */
export async function chosenPeriod(
  villageId: string,
  periodParam: string | string[] | undefined,
  now: Date,
): Promise<{ period: Period; pastYears: number[] }> {
  const currentYear = beijingYearMonth(now).year;
  const pastYears = (await yearsWithSales(villageId)).filter((year) => year < currentYear);
  return { period: resolvePeriod(periodParam, now, pastYears), pastYears };
}
