// The sales rollups next to the same sums computed from scratch over the raw order rows with
// today's definitions (lib/village/scope.ts), as sorted lines a failing test prints readably.
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { PAID_SHOP_ORDER_STATUSES } from "@/lib/orders/status";
import {
  beijingPaidAt,
  grossSalesFen,
  netLineFen,
  netLineUnits,
  paidShopOrderWhere,
  refundsFen,
} from "@/lib/village/scope";

type Line = { line: string };
const lines = (rows: Line[]) => rows.map((row) => row.line).sort();

const stillSold = Prisma.sql`so."status"::text IN (${Prisma.join(PAID_SHOP_ORDER_STATUSES)})`;

/** Per shop and day (format 'YYYY-MM-DD') or month ('YYYY-MM'): parcels, gross, refunds, seller sales. */
function scratchShopSums(villageId: string, format: string) {
  return db.$queryRaw<Line[]>`
    SELECT concat_ws(' ', "shopId", "key", "parcels", "gross", "refunds", "sellerSales") AS "line"
    FROM (
      SELECT so."shopId", to_char(${beijingPaidAt}, ${format}) AS "key", COUNT(*) AS "parcels",
             SUM(${grossSalesFen}) AS "gross", SUM(${refundsFen}) AS "refunds",
             COALESCE(SUM(so."subtotalFen") FILTER (WHERE ${stillSold}), 0) AS "sellerSales"
      FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
      WHERE ${paidShopOrderWhere(villageId)}
      GROUP BY 1, 2
    ) t`;
}

/** Distinct checkouts per day or month: COUNT(DISTINCT order), as the figures counted them. */
function scratchOrders(villageId: string, format: string) {
  return db.$queryRaw<Line[]>`
    SELECT concat_ws(' ', "key", "orders") AS "line"
    FROM (
      SELECT to_char(${beijingPaidAt}, ${format}) AS "key", COUNT(DISTINCT so."orderId") AS "orders"
      FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
      WHERE ${paidShopOrderWhere(villageId)}
      GROUP BY 1
    ) t`;
}

function scratchCategories(villageId: string, format: string) {
  return db.$queryRaw<Line[]>`
    SELECT concat_ws(' ', "shopId", "key", "categoryId", "lines", "net", "units") AS "line"
    FROM (
      SELECT so."shopId", to_char(${beijingPaidAt}, ${format}) AS "key", p."categoryId", COUNT(*) AS "lines",
             SUM(${netLineFen}) AS "net", SUM(${netLineUnits}) AS "units"
      FROM "OrderItem" oi
      JOIN "ShopOrder" so ON so."id" = oi."shopOrderId"
      JOIN "Shop" s ON s."id" = so."shopId"
      JOIN "Product" p ON p."id" = oi."productId"
      WHERE ${paidShopOrderWhere(villageId)}
      GROUP BY 1, 2, 3
    ) t`;
}

/**
 * Shipments per village, Beijing day or month of shipment, courier and hours from payment to
 * shipment rounded to the nearest hour: the courier board's histogram, from the parcels themselves.
 */
function scratchShipments(villageId: string, format: string) {
  return db.$queryRaw<Line[]>`
    SELECT concat_ws(' ', "key", "courier", "hours", "parcels") AS "line"
    FROM (
      SELECT to_char(so."shippedAt" + interval '8 hours', ${format}) AS "key", so."courier",
             floor(EXTRACT(EPOCH FROM (so."shippedAt" - so."paidAt")) / 3600 + 0.5)::int AS "hours",
             COUNT(*) AS "parcels"
      FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
      WHERE s."villageId" = ${villageId}
        AND so."courier" IS NOT NULL AND so."paidAt" IS NOT NULL AND so."shippedAt" IS NOT NULL
      GROUP BY 1, 2, 3
    ) t`;
}

/**
 * The money page's sums per shop and Beijing month of payment, over the same shop orders, with their
 * payouts and reversals: what lib/village/money.ts summed from the raw rows before the rollups.
 */
function scratchMoney(villageId: string) {
  return db.$queryRaw<Line[]>`
    SELECT concat_ws(' ', "shopId", "key", "commission", "made", "owed", "pending", "notReleased") AS "line"
    FROM (
      SELECT so."shopId", to_char(${beijingPaidAt}, 'YYYY-MM') AS "key",
             SUM(so."commissionFen" - so."refundedCommissionFen") AS "commission",
             COALESCE(SUM(CASE WHEN p."status" = 'TRANSFERRED'
               THEN COALESCE(p."transferredFen", 0) - COALESCE(rv."sentFen", 0) END), 0) AS "made",
             COALESCE(SUM(CASE WHEN p."status" = 'ACCRUED' THEN p."amountFen" - p."refundedFen" END), 0) AS "owed",
             COALESCE(SUM(rv."pendingFen"), 0) AS "pending",
             COALESCE(SUM(CASE WHEN p."id" IS NULL
               THEN so."payoutFen" - (so."refundedFen" - so."refundedCommissionFen") END), 0) AS "notReleased"
      FROM "ShopOrder" so
      JOIN "Shop" s ON s."id" = so."shopId"
      LEFT JOIN "Payout" p ON p."shopOrderId" = so."id"
      LEFT JOIN (
        SELECT r."shopOrderId",
               SUM(r."reversalFen") FILTER (WHERE r."reversalRef" IS NOT NULL) AS "sentFen",
               SUM(r."reversalFen") FILTER (WHERE r."reversalRef" IS NULL) AS "pendingFen"
        FROM "Refund" r GROUP BY 1
      ) rv ON rv."shopOrderId" = so."id"
      WHERE ${paidShopOrderWhere(villageId)}
      GROUP BY 1, 2
    ) t
    WHERE ("commission", "made", "owed", "pending", "notReleased") <> (0, 0, 0, 0, 0)`;
}

/**
 * The village's sums per day or month and stripe (the shop's stripe, sales_rollup_stripe): what the
 * village rollups hold, summed over its shops' parcels.
 */
function scratchVillageSums(villageId: string, format: string) {
  return db.$queryRaw<Line[]>`
    SELECT concat_ws(' ', "key", "stripe", "parcels", "gross", "refunds") AS "line"
    FROM (
      SELECT to_char(${beijingPaidAt}, ${format}) AS "key", sales_rollup_stripe(so."shopId") AS "stripe",
             COUNT(*) AS "parcels", SUM(${grossSalesFen}) AS "gross", SUM(${refundsFen}) AS "refunds"
      FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
      WHERE ${paidShopOrderWhere(villageId)}
      GROUP BY 1, 2
    ) t`;
}

/** Per shop, the sums of the twelve months ending with each month (the rolling shop rollup). */
function scratchTwelveMonths(villageId: string) {
  return db.$queryRaw<Line[]>`
    SELECT concat_ws(' ', "shopId", "key", "parcels", "gross", "refunds") AS "line"
    FROM (
      SELECT so."shopId",
             to_char(date_trunc('month', ${beijingPaidAt}) + make_interval(months => k), 'YYYY-MM') AS "key",
             COUNT(*) AS "parcels", SUM(${grossSalesFen}) AS "gross", SUM(${refundsFen}) AS "refunds"
      FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId" CROSS JOIN generate_series(0, 11) k
      WHERE ${paidShopOrderWhere(villageId)}
      GROUP BY 1, 2
    ) t`;
}

/** The village's categories per month, over all its shops. */
function scratchVillageCategories(villageId: string) {
  return db.$queryRaw<Line[]>`
    SELECT concat_ws(' ', "key", "categoryId", "lines", "net", "units") AS "line"
    FROM (
      SELECT to_char(${beijingPaidAt}, 'YYYY-MM') AS "key", p."categoryId", COUNT(*) AS "lines",
             SUM(${netLineFen}) AS "net", SUM(${netLineUnits}) AS "units"
      FROM "OrderItem" oi
      JOIN "ShopOrder" so ON so."id" = oi."shopOrderId"
      JOIN "Shop" s ON s."id" = so."shopId"
      JOIN "Product" p ON p."id" = oi."productId"
      WHERE ${paidShopOrderWhere(villageId)}
      GROUP BY 1, 2
    ) t`;
}

/** Rows whose every sum is zero are the same as no row. */
const nonZero = Prisma.sql`("parcels" <> 0 OR "orders" <> 0 OR "grossFen" <> 0 OR "refundsFen" <> 0 OR "sellerSalesFen" <> 0)`;

export async function scratchSums(villageId: string) {
  const [days, months, dayOrders, monthOrders, categories, dayCategories] = await Promise.all([
    scratchShopSums(villageId, "YYYY-MM-DD"),
    scratchShopSums(villageId, "YYYY-MM"),
    scratchOrders(villageId, "YYYY-MM-DD"),
    scratchOrders(villageId, "YYYY-MM"),
    scratchCategories(villageId, "YYYY-MM"),
    scratchCategories(villageId, "YYYY-MM-DD"),
  ]);
  const [dayShipments, monthShipments, money] = await Promise.all([
    scratchShipments(villageId, "YYYY-MM-DD"),
    scratchShipments(villageId, "YYYY-MM"),
    scratchMoney(villageId),
  ]);
  const [villageDays, villageMonths, villageCategories, twelveMonths] = await Promise.all([
    scratchVillageSums(villageId, "YYYY-MM-DD"),
    scratchVillageSums(villageId, "YYYY-MM"),
    scratchVillageCategories(villageId),
    scratchTwelveMonths(villageId),
  ]);
  return {
    days: lines(days),
    months: lines(months),
    dayOrders: lines(dayOrders),
    monthOrders: lines(monthOrders),
    categories: lines(categories),
    dayCategories: lines(dayCategories),
    dayShipments: lines(dayShipments),
    monthShipments: lines(monthShipments),
    money: lines(money),
    villageDays: lines(villageDays),
    villageMonths: lines(villageMonths),
    // Checkouts summed over the village's stripes: distinct orders, as above.
    villageDayOrders: lines(dayOrders),
    villageMonthOrders: lines(monthOrders),
    villageCategories: lines(villageCategories),
    twelveMonths: lines(twelveMonths),
    // An order is counted on one row only, so no row can hold more checkouts than parcels or fewer than 0.
    impossibleOrderCounts: 0,
  };
}

export async function rollupSums(villageId: string) {
  const [days, months, dayOrders, monthOrders, categories, dayCategories, impossible] = await Promise.all([
    db.$queryRaw<Line[]>`
      SELECT concat_ws(' ', "shopId", to_char("day", 'YYYY-MM-DD'), "parcels", "grossFen", "refundsFen", "sellerSalesFen") AS "line"
      FROM "ShopDaySales" WHERE "villageId" = ${villageId} AND ${nonZero}`,
    db.$queryRaw<Line[]>`
      SELECT concat_ws(' ', "shopId", to_char("month", 'YYYY-MM'), "parcels", "grossFen", "refundsFen", "sellerSalesFen") AS "line"
      FROM "ShopMonthSales" WHERE "villageId" = ${villageId} AND ${nonZero}`,
    db.$queryRaw<Line[]>`
      SELECT concat_ws(' ', to_char("day", 'YYYY-MM-DD'), SUM("orders")) AS "line"
      FROM "ShopDaySales" WHERE "villageId" = ${villageId} GROUP BY "day" HAVING SUM("orders") <> 0`,
    db.$queryRaw<Line[]>`
      SELECT concat_ws(' ', to_char("month", 'YYYY-MM'), SUM("orders")) AS "line"
      FROM "ShopMonthSales" WHERE "villageId" = ${villageId} GROUP BY "month" HAVING SUM("orders") <> 0`,
    db.$queryRaw<Line[]>`
      SELECT concat_ws(' ', "shopId", to_char("month", 'YYYY-MM'), "categoryId", "lines", "netFen", "units") AS "line"
      FROM "ShopMonthCategorySales" WHERE "villageId" = ${villageId}
        AND ("lines" <> 0 OR "netFen" <> 0 OR "units" <> 0)`,
    db.$queryRaw<Line[]>`
      SELECT concat_ws(' ', "shopId", to_char("day", 'YYYY-MM-DD'), "categoryId", "lines", "netFen", "units") AS "line"
      FROM "ShopDayCategorySales" WHERE "villageId" = ${villageId}
        AND ("lines" <> 0 OR "netFen" <> 0 OR "units" <> 0)`,
    db.$queryRaw<{ n: bigint }[]>`
      SELECT (SELECT COUNT(*) FROM "ShopDaySales" WHERE "villageId" = ${villageId} AND ("orders" < 0 OR "orders" > "parcels"))
           + (SELECT COUNT(*) FROM "ShopMonthSales" WHERE "villageId" = ${villageId} AND ("orders" < 0 OR "orders" > "parcels")) AS "n"`,
  ]);
  const [dayShipments, monthShipments, money] = await Promise.all([
    db.$queryRaw<Line[]>`
      SELECT concat_ws(' ', to_char("day", 'YYYY-MM-DD'), "courier", "hours", "parcels") AS "line"
      FROM "CourierDayShipments" WHERE "villageId" = ${villageId} AND "parcels" <> 0`,
    db.$queryRaw<Line[]>`
      SELECT concat_ws(' ', to_char("month", 'YYYY-MM'), "courier", "hours", "parcels") AS "line"
      FROM "CourierMonthShipments" WHERE "villageId" = ${villageId} AND "parcels" <> 0`,
    db.$queryRaw<Line[]>`
      SELECT concat_ws(' ', "shopId", to_char("month", 'YYYY-MM'), "commissionFen", "payoutsMadeFen",
                       "payoutsOwedFen", "reversalsPendingFen", "notReleasedFen") AS "line"
      FROM "ShopMonthMoney" WHERE "villageId" = ${villageId}
        AND ("commissionFen", "payoutsMadeFen", "payoutsOwedFen", "reversalsPendingFen", "notReleasedFen") <> (0, 0, 0, 0, 0)`,
  ]);
  const village = await villageRollupSums(villageId);
  return {
    days: lines(days),
    months: lines(months),
    dayOrders: lines(dayOrders),
    monthOrders: lines(monthOrders),
    categories: lines(categories),
    dayCategories: lines(dayCategories),
    dayShipments: lines(dayShipments),
    monthShipments: lines(monthShipments),
    money: lines(money),
    ...village,
    impossibleOrderCounts: Number(impossible[0]?.n ?? 0),
  };
}

/** The village rollups as the same lines: per stripe, and summed over the stripes. */
async function villageRollupSums(villageId: string) {
  const stripes = (table: Prisma.Sql, key: Prisma.Sql, format: string) => db.$queryRaw<Line[]>`
    SELECT concat_ws(' ', to_char(${key}, ${format}), "stripe", "parcels", "grossFen", "refundsFen") AS "line"
    FROM ${table} WHERE "villageId" = ${villageId}
      AND ("parcels" <> 0 OR "orders" <> 0 OR "grossFen" <> 0 OR "refundsFen" <> 0)`;
  const orders = (table: Prisma.Sql, key: Prisma.Sql, format: string) => db.$queryRaw<Line[]>`
    SELECT concat_ws(' ', to_char(${key}, ${format}), SUM("orders")) AS "line"
    FROM ${table} WHERE "villageId" = ${villageId} GROUP BY ${key} HAVING SUM("orders") <> 0`;
  const day = Prisma.sql`"day"`;
  const month = Prisma.sql`"month"`;
  const [villageDays, villageMonths, villageDayOrders, villageMonthOrders, villageCategories, twelveMonths] =
    await Promise.all([
      stripes(Prisma.sql`"VillageDaySales"`, day, "YYYY-MM-DD"),
      stripes(Prisma.sql`"VillageMonthSales"`, month, "YYYY-MM"),
      orders(Prisma.sql`"VillageDaySales"`, day, "YYYY-MM-DD"),
      orders(Prisma.sql`"VillageMonthSales"`, month, "YYYY-MM"),
      db.$queryRaw<Line[]>`
        SELECT concat_ws(' ', to_char("month", 'YYYY-MM'), "categoryId", SUM("lines"), SUM("netFen"), SUM("units")) AS "line"
        FROM "VillageMonthCategorySales" WHERE "villageId" = ${villageId}
        GROUP BY "month", "categoryId"
        HAVING SUM("lines") <> 0 OR SUM("netFen") <> 0 OR SUM("units") <> 0`,
      db.$queryRaw<Line[]>`
        SELECT concat_ws(' ', "shopId", to_char("lastMonth", 'YYYY-MM'), "parcels", "grossFen", "refundsFen") AS "line"
        FROM "ShopTwelveMonthSales" WHERE "villageId" = ${villageId}
          AND ("parcels" <> 0 OR "grossFen" <> 0 OR "refundsFen" <> 0)`,
    ]);
  return {
    villageDays: lines(villageDays),
    villageMonths: lines(villageMonths),
    villageDayOrders: lines(villageDayOrders),
    villageMonthOrders: lines(villageMonthOrders),
    villageCategories: lines(villageCategories),
    twelveMonths: lines(twelveMonths),
  };
}
