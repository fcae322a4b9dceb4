import "server-only";
import { db } from "@/lib/db/client";
import { beijingYearMonth } from "@/lib/village/period";
import { toNumber } from "@/lib/village/scope";
import { countOrdersToShip, getOwnShop } from "./shop";

const monthDate = (year: number, month0: number) => `${year}-${String(month0 + 1).padStart(2, "0")}-01`;

/**
 * This shop's paid sales this Beijing month and year: the subtotals of its parcels paid, shipped or
 * delivered (not refunded in full), by when each was paid. Read from the monthly rollup, at most
 * twelve rows whatever the shop's history.
 */
async function paidSales(shopId: string, now: Date): Promise<{ monthFen: number; yearFen: number }> {
  const { year, month0 } = beijingYearMonth(now);
  const rows = await db.$queryRaw<{ monthFen: bigint; yearFen: bigint }[]>`
    SELECT COALESCE(SUM("sellerSalesFen") FILTER (WHERE "month" = ${monthDate(year, month0)}::date), 0)::bigint AS "monthFen",
           COALESCE(SUM("sellerSalesFen"), 0)::bigint AS "yearFen"
    FROM "ShopMonthSales"
    WHERE "shopId" = ${shopId} AND "month" >= ${monthDate(year, 0)}::date AND "month" < ${monthDate(year + 1, 0)}::date`;
  return { monthFen: toNumber(rows[0]?.monthFen), yearFen: toNumber(rows[0]?.yearFen) };
}

/**
 * What the seller home shows: the shop, how many products, how many parcels to send, and this shop's
 * paid sales this month and this year (Beijing calendar, counted by when each parcel was paid).
 */
export async function getSellerHome(ownerId: string, now = new Date()) {
  const shop = await getOwnShop(ownerId);
  if (!shop) return null;
  const [productCount, toShipCount, sales] = await Promise.all([
    db.product.count({ where: { shopId: shop.id } }),
    countOrdersToShip(ownerId),
    paidSales(shop.id, now),
  ]);
  return { shop, productCount, toShipCount, sales };
}
