import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { PAID_OR_REFUNDED_SHOP_ORDER_STATUSES } from "@/lib/orders/status";
import { beijingMidnight, beijingYearMonth } from "@/lib/village/period";
import { rebuildSalesRollups } from "./rebuild";

const monthText = (instant: Date) => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * Rows of the month rollups of this and last Beijing month that differ from the order rows summed
 * from scratch (shop sums, checkouts per village, categories, the village stripes, the courier board's shipments, the money page's sums). Read in one snapshot, so writes that
 * commit meanwhile cannot show up as differences.
 */
export async function salesRollupDifferences(now = new Date()): Promise<number> {
  const { year, month0 } = beijingYearMonth(now);
  const start = beijingMidnight(year, month0 - 1);
  const end = beijingMidnight(year, month0 + 1);
  const from = Prisma.sql`${start.toISOString()}::timestamp`;
  const to = Prisma.sql`${end.toISOString()}::timestamp`;
  const months = Prisma.sql`"month" >= ${monthText(start)}::date AND "month" < ${monthText(end)}::date`;
  const counted = Prisma.sql`so."status"::text IN (${Prisma.join(PAID_OR_REFUNDED_SHOP_ORDER_STATUSES)})
    AND so."paidAt" >= ${from} AND so."paidAt" < ${to}`;
  const month = Prisma.sql`date_trunc('month', so."paidAt" + interval '8 hours')::date`;
  const rows = await db.$transaction(
    (tx) => tx.$queryRaw<{ n: bigint }[]>`
      WITH scratch_shops AS (
        SELECT so."shopId", ${month} AS "month", COUNT(*)::bigint AS "parcels",
               SUM(so."subtotalFen")::bigint AS "gross", SUM(so."refundedFen")::bigint AS "refunds",
               COALESCE(SUM(so."subtotalFen") FILTER (WHERE so."status" <> 'REFUNDED'), 0)::bigint AS "seller"
        FROM "ShopOrder" so WHERE ${counted} GROUP BY 1, 2
      ), kept_shops AS (
        SELECT "shopId", "month", "parcels"::bigint, "grossFen", "refundsFen", "sellerSalesFen"
        FROM "ShopMonthSales" WHERE ${months} AND "parcels" <> 0
      ), scratch_orders AS (
        SELECT s."villageId", ${month} AS "month", COUNT(DISTINCT so."orderId")::bigint AS "orders"
        FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId" WHERE ${counted} GROUP BY 1, 2
      ), kept_orders AS (
        SELECT "villageId", "month", SUM("orders")::bigint FROM "ShopMonthSales" WHERE ${months}
        GROUP BY 1, 2 HAVING SUM("orders") <> 0
      ), scratch_categories AS (
        SELECT so."shopId", ${month} AS "month", p."categoryId", COUNT(*)::bigint AS "lines",
               SUM(oi."lineTotalFen" - oi."refundedQuantity" * oi."unitPriceFen")::bigint AS "net",
               SUM(oi."quantity" - oi."refundedQuantity")::bigint AS "units"
        FROM "OrderItem" oi JOIN "ShopOrder" so ON so."id" = oi."shopOrderId"
        JOIN "Product" p ON p."id" = oi."productId"
        WHERE ${counted} GROUP BY 1, 2, 3
      ), kept_categories AS (
        SELECT "shopId", "month", "categoryId", "lines"::bigint, "netFen", "units"
        FROM "ShopMonthCategorySales" WHERE ${months} AND "lines" <> 0
      ), scratch_couriers AS (
        SELECT s."villageId", date_trunc('month', so."shippedAt" + interval '8 hours')::date AS "month",
               so."courier", floor(EXTRACT(EPOCH FROM (so."shippedAt" - so."paidAt")) / 3600 + 0.5)::int AS "hours",
               COUNT(*)::bigint AS "parcels"
        FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
        WHERE so."courier" IS NOT NULL AND so."paidAt" IS NOT NULL
          AND so."shippedAt" >= ${from} AND so."shippedAt" < ${to}
        GROUP BY 1, 2, 3, 4
      ), scratch_money AS (
        SELECT so."shopId", ${month} AS "month",
               SUM(so."commissionFen" - so."refundedCommissionFen")::bigint AS "commission",
               COALESCE(SUM(CASE WHEN p."status" = 'TRANSFERRED'
                 THEN COALESCE(p."transferredFen", 0) - COALESCE(rv."sent", 0) END), 0)::bigint AS "made",
               COALESCE(SUM(CASE WHEN p."status" = 'ACCRUED' THEN p."amountFen" - p."refundedFen" END), 0)::bigint AS "owed",
               COALESCE(SUM(rv."pending"), 0)::bigint AS "pending",
               COALESCE(SUM(CASE WHEN p."id" IS NULL
                 THEN so."payoutFen" - (so."refundedFen" - so."refundedCommissionFen") END), 0)::bigint AS "notReleased"
        FROM "ShopOrder" so
        LEFT JOIN "Payout" p ON p."shopOrderId" = so."id"
        LEFT JOIN (
          SELECT "shopOrderId", SUM("reversalFen") FILTER (WHERE "reversalRef" IS NOT NULL) AS "sent",
                 SUM("reversalFen") FILTER (WHERE "reversalRef" IS NULL) AS "pending"
          FROM "Refund" GROUP BY 1
        ) rv ON rv."shopOrderId" = so."id"
        WHERE ${counted} GROUP BY 1, 2
      ), kept_money AS (
        SELECT "shopId", "month", "commissionFen", "payoutsMadeFen", "payoutsOwedFen", "reversalsPendingFen", "notReleasedFen"
        FROM "ShopMonthMoney" WHERE ${months}
      ), scratch_village AS (
        SELECT s."villageId", sc."month", sales_rollup_stripe(sc."shopId") AS "stripe",
               SUM(sc."parcels")::bigint AS "parcels", SUM(sc."gross")::bigint AS "gross",
               SUM(sc."refunds")::bigint AS "refunds"
        FROM scratch_shops sc JOIN "Shop" s ON s."id" = sc."shopId" GROUP BY 1, 2, 3
      ), kept_village AS (
        SELECT "villageId", "month", "stripe", "parcels"::bigint, "grossFen", "refundsFen"
        FROM "VillageMonthSales" WHERE ${months} AND "parcels" <> 0
      ), kept_couriers AS (
        SELECT "villageId", "month", "courier", "hours", "parcels"::bigint
        FROM "CourierMonthShipments" WHERE ${months} AND "parcels" <> 0
      )
      SELECT ((SELECT COUNT(*) FROM (SELECT * FROM scratch_shops EXCEPT SELECT * FROM kept_shops) a)
            + (SELECT COUNT(*) FROM (SELECT * FROM kept_shops EXCEPT SELECT * FROM scratch_shops) b)
            + (SELECT COUNT(*) FROM (SELECT * FROM scratch_orders EXCEPT SELECT * FROM kept_orders) c)
            + (SELECT COUNT(*) FROM (SELECT * FROM kept_orders EXCEPT SELECT * FROM scratch_orders) d)
            + (SELECT COUNT(*) FROM (SELECT * FROM scratch_categories EXCEPT SELECT * FROM kept_categories) e)
            + (SELECT COUNT(*) FROM (SELECT * FROM kept_categories EXCEPT SELECT * FROM scratch_categories) f)
            + (SELECT COUNT(*) FROM (SELECT * FROM scratch_money EXCEPT SELECT * FROM kept_money) i
               WHERE ("commission", "made", "owed", "pending", "notReleased") <> (0, 0, 0, 0, 0))
            + (SELECT COUNT(*) FROM (SELECT * FROM kept_money EXCEPT SELECT * FROM scratch_money) j
               WHERE ("commissionFen", "payoutsMadeFen", "payoutsOwedFen", "reversalsPendingFen", "notReleasedFen") <> (0, 0, 0, 0, 0))
            + (SELECT COUNT(*) FROM (SELECT * FROM scratch_village EXCEPT SELECT * FROM kept_village) k)
            + (SELECT COUNT(*) FROM (SELECT * FROM kept_village EXCEPT SELECT * FROM scratch_village) l)
            + (SELECT COUNT(*) FROM (SELECT * FROM scratch_couriers EXCEPT SELECT * FROM kept_couriers) g)
            + (SELECT COUNT(*) FROM (SELECT * FROM kept_couriers EXCEPT SELECT * FROM scratch_couriers) h)
             )::bigint AS "n"`,
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * The nightly safety net: the triggers keep the rollups exact, but someone with SQL access can
 * switch them off (a bulk load that forgot its rebuild). When the recent months disagree with the
 * order rows, everything is rebuilt from scratch and the repair is logged.
 */
export async function repairSalesRollups(
  now = new Date(),
): Promise<{ differences: number; rebuilt: boolean }> {
  const differences = await salesRollupDifferences(now);
  if (differences === 0) return { differences, rebuilt: false };
  console.error(`[rollups] ${differences} rollup rows differed from the orders: rebuilding`);
  await db.$transaction((tx) => rebuildSalesRollups(tx), { timeout: 10 * 60_000 });
  return { differences, rebuilt: true };
}
