// Units sold per product, kept on the product so search can rank by it without adding up every order
// on every query. Recounted (not incremented) by the seed, `npm start` and a sweep every ten minutes:
// a ranking may lag a few minutes, and no payment or refund path has one more thing to remember.
import { Prisma } from "@/lib/generated/prisma/client";
import { PAID_SHOP_ORDER_STATUSES } from "@/lib/orders/status";
import type { SqlClient } from "./refresh";

/** Sets every product's soldCount to the units of its paid, shipped or delivered lines less refunds. */
export async function recountSales(client: SqlClient): Promise<number> {
  return client.$executeRaw(Prisma.sql`
    WITH sold AS (
      SELECT oi."productId" AS id, sum(oi."quantity" - oi."refundedQuantity")::int AS units
      FROM "OrderItem" oi JOIN "ShopOrder" so ON so."id" = oi."shopOrderId"
      WHERE so."status"::text IN (${Prisma.join(PAID_SHOP_ORDER_STATUSES)})
      GROUP BY oi."productId"
    )
    UPDATE "Product" p SET "soldCount" = coalesce(sold.units, 0)
    FROM "Product" q LEFT JOIN sold ON sold.id = q."id"
    WHERE p."id" = q."id" AND p."soldCount" <> coalesce(sold.units, 0)`);
}
