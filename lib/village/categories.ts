import "server-only";
import { db } from "@/lib/db/client";
import type { CategoryKind } from "@/lib/generated/prisma/client";
import { netLineFen, netLineUnits, paidSalesWhere, toNumber, type Window } from "./scope";

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
 * units the buyers kept. The category is the product's current one.
 */
export async function salesByCategory(villageId: string, window: Window): Promise<CategorySales[]> {
  const rows = await db.$queryRaw<
    (Omit<CategorySales, "salesFen" | "units"> & { salesFen: bigint; units: bigint })[]
  >`
    SELECT c."id", c."nameZh", c."nameEn", c."kind"::text AS "kind",
           SUM(${netLineFen})::bigint AS "salesFen",
           SUM(${netLineUnits})::bigint AS "units"
    FROM "OrderItem" oi
    JOIN "ShopOrder" so ON so."id" = oi."shopOrderId"
    JOIN "Shop" s ON s."id" = so."shopId"
    JOIN "Product" p ON p."id" = oi."productId"
    JOIN "Category" c ON c."id" = p."categoryId"
    WHERE ${paidSalesWhere(villageId, window)}
    GROUP BY c."id"
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
