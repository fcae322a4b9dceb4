import "server-only";
import { db } from "@/lib/db/client";
import { PAID_SHOP_ORDER_STATUSES } from "@/lib/orders/status";
import { beijingMidnight, beijingYearMonth } from "@/lib/village/period";
import { countOrdersToShip, getOwnShop } from "./shop";

async function paidSalesFen(shopId: string, start: Date, end: Date): Promise<number> {
  const sum = await db.shopOrder.aggregate({
    where: { shopId, status: { in: PAID_SHOP_ORDER_STATUSES }, paidAt: { gte: start, lt: end } },
    _sum: { subtotalFen: true },
  });
  return sum._sum.subtotalFen ?? 0;
}

/**
 * What the seller home shows: the shop, how many products, how many parcels to send, and this shop's
 * paid sales this month and this year (Beijing calendar, counted by when each parcel was paid).
 */
export async function getSellerHome(ownerId: string, now = new Date()) {
  const shop = await getOwnShop(ownerId);
  if (!shop) return null;
  const { year, month0 } = beijingYearMonth(now);
  const [productCount, toShipCount, monthFen, yearFen] = await Promise.all([
    db.product.count({ where: { shopId: shop.id } }),
    countOrdersToShip(ownerId),
    paidSalesFen(shop.id, beijingMidnight(year, month0), beijingMidnight(year, month0 + 1)),
    paidSalesFen(shop.id, beijingMidnight(year, 0), beijingMidnight(year + 1, 0)),
  ]);
  return { shop, productCount, toShipCount, sales: { monthFen, yearFen } };
}
