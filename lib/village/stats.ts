import "server-only";
import { db } from "@/lib/db/client";
import type { Period } from "./period";
import { beijingPaidAt, paidSalesWhere, toNumber, type Window } from "./scope";

export type SalesTotals = { salesFen: number; orders: number; parcels: number };

/**
 * Paid sales (GMV) in a window: the sum of the village's paid shop-order subtotals. `orders` counts
 * buyers' checkouts, `parcels` the shop orders (a checkout from two village shops is one order, two parcels).
 */
export async function salesTotals(villageId: string, window: Window): Promise<SalesTotals> {
  const rows = await db.$queryRaw<{ salesFen: bigint; orders: bigint; parcels: bigint }[]>`
    SELECT COALESCE(SUM(so."subtotalFen"), 0)::bigint AS "salesFen",
           COUNT(DISTINCT so."orderId")::bigint AS "orders",
           COUNT(*)::bigint AS "parcels"
    FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
    WHERE ${paidSalesWhere(villageId, window)}`;
  const row = rows[0];
  return {
    salesFen: toNumber(row?.salesFen),
    orders: toNumber(row?.orders),
    parcels: toNumber(row?.parcels),
  };
}

export type MonthSales = { month: string; salesFen: number; orders: number };

/** One row per month of the period (months without sales included, as zero), oldest first. */
export async function salesByMonth(villageId: string, period: Period): Promise<MonthSales[]> {
  const rows = await db.$queryRaw<{ month: string; salesFen: bigint; orders: bigint }[]>`
    SELECT to_char(${beijingPaidAt}, 'YYYY-MM') AS "month",
           SUM(so."subtotalFen")::bigint AS "salesFen",
           COUNT(DISTINCT so."orderId")::bigint AS "orders"
    FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
    WHERE ${paidSalesWhere(villageId, period)}
    GROUP BY 1`;
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return period.months.map((month) => {
    const row = byMonth.get(month);
    return { month, salesFen: toNumber(row?.salesFen), orders: toNumber(row?.orders) };
  });
}
