import "server-only";
import { db } from "@/lib/db/client";
import type { Period } from "./period";
import { rollupRange } from "./rollups/range";
import { villageRollupRows } from "./rollups/tables";
import { toNumber, type Window } from "./scope";

export type SalesTotals = {
  /** Subtotals of the village's paid shop orders (fully refunded ones included). */
  grossSalesFen: number;
  /** What went back to buyers from those shop orders. */
  refundsFen: number;
  /** Net sales, gross − refunds: the figure the headline and the Taobao-village line use. */
  salesFen: number;
  orders: number;
  parcels: number;
};

/**
 * Sales in a window, by the shop orders' paid time (read from the rollups). `orders` counts buyers'
 * checkouts, `parcels` the shop orders (a checkout from two village shops is one order, two parcels).
 */
export async function salesTotals(villageId: string, window: Window): Promise<SalesTotals> {
  const rows = await db.$queryRaw<{ gross: bigint; refunds: bigint; orders: bigint; parcels: bigint }[]>`
    SELECT COALESCE(SUM(r."grossFen"), 0)::bigint AS "gross",
           COALESCE(SUM(r."refundsFen"), 0)::bigint AS "refunds",
           COALESCE(SUM(r."orders"), 0)::bigint AS "orders",
           COALESCE(SUM(r."parcels"), 0)::bigint AS "parcels"
    FROM ${villageRollupRows(villageId, rollupRange(window))}`;
  const row = rows[0];
  const grossSalesFen = toNumber(row?.gross);
  const refunds = toNumber(row?.refunds);
  return {
    grossSalesFen,
    refundsFen: refunds,
    salesFen: grossSalesFen - refunds,
    orders: toNumber(row?.orders),
    parcels: toNumber(row?.parcels),
  };
}

/** `salesFen` is net sales, like everywhere in the village figures. */
export type MonthSales = { month: string; salesFen: number; orders: number };

/** One row per month of the period (months without sales included, as zero), oldest first. */
export async function salesByMonth(villageId: string, period: Period): Promise<MonthSales[]> {
  const rows = await db.$queryRaw<{ month: string; salesFen: bigint; orders: bigint }[]>`
    SELECT to_char(r."month", 'YYYY-MM') AS "month",
           SUM(r."grossFen" - r."refundsFen")::bigint AS "salesFen",
           SUM(r."orders")::bigint AS "orders"
    FROM ${villageRollupRows(villageId, rollupRange(period))}
    GROUP BY 1`;
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return period.months.map((month) => {
    const row = byMonth.get(month);
    return { month, salesFen: toNumber(row?.salesFen), orders: toNumber(row?.orders) };
  });
}
