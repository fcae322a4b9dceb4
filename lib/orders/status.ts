import type { ShopOrderStatus } from "@/lib/generated/prisma/client";

/**
 * A shop order counts as a sale once paid, and stays one while it ships and arrives.
 * Every sales figure (seller and village) counts exactly these, attributed to `paidAt`.
 */
export const PAID_SHOP_ORDER_STATUSES: ShopOrderStatus[] = ["PAID", "SHIPPED", "DELIVERED"];
