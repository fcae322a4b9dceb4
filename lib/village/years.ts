import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { PAID_SHOP_ORDER_STATUSES } from "@/lib/orders/status";

/** Beijing calendar years in which the village has paid sales, newest first. */
export async function yearsWithSales(villageId: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM so."paidAt" + interval '8 hours')::int AS "year"
    FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
    WHERE s."villageId" = ${villageId}
      AND so."status"::text IN (${Prisma.join(PAID_SHOP_ORDER_STATUSES)})
      AND so."paidAt" IS NOT NULL
    ORDER BY 1 DESC`;
  return rows.map((row) => Number(row.year));
}
