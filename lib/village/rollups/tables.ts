import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RollupRange } from "./range";

/**
 * The shop-level rollup rows of a village in a range, aliased `r`: the month rows for whole months,
 * else the day rows. Both carry the same sums (see the migration), so the figures read them alike.
 */
export function shopRollupRows(villageId: string, range: RollupRange): Prisma.Sql {
  const rows =
    range.grain === "month"
      ? Prisma.sql`SELECT * FROM "ShopMonthSales" WHERE "villageId" = ${villageId}
          AND "month" >= ${range.from}::date AND "month" < ${range.to}::date`
      : Prisma.sql`SELECT *, "day" AS "month" FROM "ShopDaySales" WHERE "villageId" = ${villageId}
          AND "day" >= ${range.from}::date AND "day" < ${range.to}::date`;
  return Prisma.sql`(${rows}) r`;
}

/**
 * The village rollup rows in a range, aliased `r` with a `month` column like shopRollupRows: the
 * same sums per village (spread over stripes), so a village figure reads a few rows per month or day
 * whatever the number of shops.
 */
export function villageRollupRows(villageId: string, range: RollupRange): Prisma.Sql {
  const rows =
    range.grain === "month"
      ? Prisma.sql`SELECT * FROM "VillageMonthSales" WHERE "villageId" = ${villageId}
          AND "month" >= ${range.from}::date AND "month" < ${range.to}::date`
      : Prisma.sql`SELECT *, "day" AS "month" FROM "VillageDaySales" WHERE "villageId" = ${villageId}
          AND "day" >= ${range.from}::date AND "day" < ${range.to}::date`;
  return Prisma.sql`(${rows}) r`;
}
