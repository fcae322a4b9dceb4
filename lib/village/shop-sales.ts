import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { netSalesFen, paidSalesWhere, toNumber, type Window } from "./scope";

export type ShopSales = {
  id: string;
  slug: string;
  nameZh: string;
  nameEn: string;
  salesFen: number;
  parcels: number;
};

/**
 * Shops by net sales of the shop orders paid in the window, best first; `limit` null gives every shop
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
    SELECT s."id", s."slug", s."nameZh", s."nameEn",
           SUM(${netSalesFen})::bigint AS "salesFen",
           COUNT(*)::bigint AS "parcels"
    FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
    WHERE ${paidSalesWhere(villageId, window)}
    GROUP BY s."id"
    ORDER BY "salesFen" DESC, s."id"
    ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;
  return rows.map((row) => ({ ...row, salesFen: toNumber(row.salesFen), parcels: toNumber(row.parcels) }));
}
