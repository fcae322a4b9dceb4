import "server-only";
import { db } from "@/lib/db/client";
import type { CategoryKind } from "@/lib/generated/prisma/client";
import { rollupRange } from "./rollups/range";
import { toNumber, type Window } from "./scope";

export type CategorySales = {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: CategoryKind;
  salesFen: number;
  units: number;
};

/**
 * Net sales by category from the sold items' lines, less their refunded units (a shop order's lines
 * add up to its subtotal and its refunds, so these add up to the same net sales). `units` are the
 * units the buyers kept. The category is the product's current one. Read from the monthly rollup, so
 * the window must be whole Beijing months (every period is).
 */
export async function salesByCategory(villageId: string, window: Window): Promise<CategorySales[]> {
  const range = rollupRange(window);
  if (range.grain !== "month") throw new Error("Sales by category are kept per month");
  const rows = await db.$queryRaw<
    (Omit<CategorySales, "salesFen" | "units"> & { salesFen: bigint; units: bigint })[]
  >`
    SELECT c."id", c."nameZh", c."nameEn", c."kind"::text AS "kind",
           r."salesFen", r."units"
    FROM (
      SELECT "categoryId", SUM("netFen")::bigint AS "salesFen", SUM("units")::bigint AS "units"
      FROM "VillageMonthCategorySales"
      WHERE "villageId" = ${villageId} AND "month" >= ${range.from}::date AND "month" < ${range.to}::date
      GROUP BY "categoryId"
      HAVING SUM("lines") > 0
    ) r
    JOIN "Category" c ON c."id" = r."categoryId"
    ORDER BY "salesFen" DESC, c."sortOrder", c."id"`;
  return rows.map((row) => ({ ...row, salesFen: toNumber(row.salesFen), units: toNumber(row.units) }));
}

export type KindSplit = { agricultureFen: number; craftsFen: number };

export function splitByKind(categories: CategorySales[]): KindSplit {
  let agricultureFen = 0;
  let craftsFen = 0;
  for (const category of categories) {
    if (category.kind === "AGRICULTURE") agricultureFen += category.salesFen;
    else craftsFen += category.salesFen;
  }
  return { agricultureFen, craftsFen };
}
