import type { ShopOrderStatus } from "@/lib/generated/prisma/client";

/**
 * A shop order counts as a sale once paid, and stays one while it ships and arrives.
 * Every sales figure (seller and village) counts exactly these, attributed to `paidAt`.
 */
export const PAID_SHOP_ORDER_STATUSES: ShopOrderStatus[] = ["PAID", "SHIPPED", "DELIVERED"];

/**
 * The village's money figures count every shop order that was paid, including one refunded in full
 * since (REFUNDED): it stays in gross sales, and its refund is taken off in net sales, so a refund
 * moves money from "net" to "refunds" instead of making a sale disappear.
 */
export const PAID_OR_REFUNDED_SHOP_ORDER_STATUSES: ShopOrderStatus[] = [
  ...PAID_SHOP_ORDER_STATUSES,
  "REFUNDED",
];
