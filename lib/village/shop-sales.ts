import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { type RollupRange, rollupRange } from "./rollups/range";
import { shopRollupRows } from "./rollups/tables";
import { toNumber, type Window } from "./scope";

export type ShopSales = {
  id: string;
  slug: string;
  nameZh: string;
  nameEn: string;
  salesFen: number;
  parcels: number;
};

/** The first day of a window's last month when it is exactly twelve whole months, else null. */
function twelveMonthsEnding(range: RollupRange): string | null {
  if (range.grain !== "month") return null;
  const from = new Date(`${range.from}T00:00:00Z`);
  const to = new Date(`${range.to}T00:00:00Z`);
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  if (months !== 12) return null;
  return new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
}

/**
 * Per shop, the sums of a window: for twelve whole months (every period the admin can pick) one
 * row per shop from the rolling twelve-month rollup, else the shops' month or day rows summed.
 */
function perShop(villageId: string, window: Window): Prisma.Sql {
  const range = rollupRange(window);
  const lastMonth = twelveMonthsEnding(range);
  if (lastMonth === null) {
    return Prisma.sql`
      SELECT r."shopId", SUM(r."grossFen" - r."refundsFen")::bigint AS "salesFen",
             SUM(r."parcels")::bigint AS "parcels"
      FROM ${shopRollupRows(villageId, range)}
      GROUP BY r."shopId"
      HAVING SUM(r."parcels") > 0`;
  }
  return Prisma.sql`
    SELECT "shopId", ("grossFen" - "refundsFen")::bigint AS "salesFen", "parcels"::bigint AS "parcels"
    FROM "ShopTwelveMonthSales"
    WHERE "villageId" = ${villageId} AND "lastMonth" = ${lastMonth}::date AND "parcels" > 0`;
}

/**
 * Shops by net sales of the shop orders paid in the window (from the rollups), best first; `limit` null gives every shop
 * that sold. `parcels` counts their paid parcels, refunded ones included.
 */
export async function salesByShop(
  villageId: string,
  window: Window,
  limit: number | null,
): Promise<ShopSales[]> {
  const rows = await db.$queryRaw<
    (Omit<ShopSales, "salesFen" | "parcels"> & { salesFen: bigint; parcels: bigint })[]
  >`
    SELECT s."id", s."slug", s."nameZh", s."nameEn", r."salesFen", r."parcels"
    FROM (${perShop(villageId, window)}) r
    JOIN "Shop" s ON s."id" = r."shopId"
    -- r."shopId", not s."id" (the same value): the order of the twelve-month index.
    ORDER BY "salesFen" DESC, r."shopId"
    ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;
  return rows.map((row) => ({ ...row, salesFen: toNumber(row.salesFen), parcels: toNumber(row.parcels) }));
}
