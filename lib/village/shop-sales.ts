import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { rollupRange } from "./rollups/range";
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
    FROM (
      SELECT r."shopId", SUM(r."grossFen" - r."refundsFen")::bigint AS "salesFen",
             SUM(r."parcels")::bigint AS "parcels"
      FROM ${shopRollupRows(villageId, rollupRange(window))}
      GROUP BY r."shopId"
      HAVING SUM(r."parcels") > 0
    ) r
    JOIN "Shop" s ON s."id" = r."shopId"
    ORDER BY "salesFen" DESC, s."id"
    ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;
  return rows.map((row) => ({ ...row, salesFen: toNumber(row.salesFen), parcels: toNumber(row.parcels) }));
}
