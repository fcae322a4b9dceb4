import "server-only";
import { db } from "@/lib/db/client";
import { beijingYearMonth, type Period, resolvePeriod } from "./period";

/**
 * Beijing calendar years in which the village has paid shop orders, newest first: from the monthly
 * rollup, one index probe per year (the latest month with sales, then the latest before that year),
 * so it costs the same with ten shops or a thousand and never reads the order history.
 */
export async function yearsWithSales(villageId: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    WITH RECURSIVE latest("month") AS (
      SELECT MAX("month") FROM "ShopMonthSales" WHERE "villageId" = ${villageId} AND "parcels" > 0
      UNION ALL
      SELECT (SELECT MAX(r."month") FROM "ShopMonthSales" r
              WHERE r."villageId" = ${villageId} AND r."parcels" > 0
                AND r."month" < date_trunc('year', latest."month")::date)
      FROM latest WHERE latest."month" IS NOT NULL
    )
    SELECT EXTRACT(YEAR FROM "month")::int AS "year" FROM latest WHERE "month" IS NOT NULL ORDER BY 1 DESC`;
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
