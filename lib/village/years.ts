import "server-only";
import { db } from "@/lib/db/client";
import { beijingYearMonth, type Period, resolvePeriod } from "./period";
import { paidShopOrderWhere } from "./scope";

/** Beijing calendar years in which the village has paid shop orders, newest first. */
export async function yearsWithSales(villageId: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM so."paidAt" + interval '8 hours')::int AS "year"
    FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
    WHERE ${paidShopOrderWhere(villageId)}
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
