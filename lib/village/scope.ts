import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { PAID_OR_REFUNDED_SHOP_ORDER_STATUSES } from "@/lib/orders/status";

export type Window = { start: Date; end: Date };

/**
 * The one definition of "a paid shop order of this village", for queries that alias ShopOrder as
 * `so` and Shop as `s`. A parcel refunded in full since still counts: its money is in gross sales
 * and again in refunds, so it nets to zero instead of vanishing from the books.
 */
export function paidShopOrderWhere(villageId: string): Prisma.Sql {
  return Prisma.sql`s."villageId" = ${villageId}
    AND so."status"::text IN (${Prisma.join(PAID_OR_REFUNDED_SHOP_ORDER_STATUSES)})
    AND so."paidAt" IS NOT NULL`;
}

/**
 * Paid shop orders of the village paid in the window. Every figure (sales, refunds, commission,
 * payouts) is dated by when the shop order was paid, so a refund made in January for a December sale
 * lowers December. Timestamps are passed as text: paidAt is a UTC timestamp without time zone, and a
 * text literal's zone is ignored, so the session's TimeZone cannot shift it.
 */
export function paidSalesWhere(villageId: string, window: Window): Prisma.Sql {
  return Prisma.sql`${paidShopOrderWhere(villageId)}
    AND so."paidAt" >= ${window.start.toISOString()}::timestamp
    AND so."paidAt" < ${window.end.toISOString()}::timestamp`;
}

/** Gross paid sales of a shop order: what the buyer paid for it. */
export const grossSalesFen = Prisma.sql`so."subtotalFen"`;
/** What went back to the buyer of a shop order so far. */
export const refundsFen = Prisma.sql`so."refundedFen"`;
/** Net sales of a shop order: gross less refunds. "Sales" in every village figure means this. */
export const netSalesFen = Prisma.sql`(so."subtotalFen" - so."refundedFen")`;

/**
 * Net sales of one item line (aliased `oi`). Refunds give back whole units at the line's unit price,
 * so a shop order's refundedFen is the sum of its lines' refunded units × unit price, and the lines'
 * net amounts add up to the shop order's net sales.
 */
export const netLineFen = Prisma.sql`(oi."lineTotalFen" - oi."refundedQuantity" * oi."unitPriceFen")`;
/** Units of a line the buyer kept. */
export const netLineUnits = Prisma.sql`(oi."quantity" - oi."refundedQuantity")`;

/** Local (Beijing) wall time of paidAt, for grouping by day or month. */
export const beijingPaidAt = Prisma.sql`(so."paidAt" + interval '8 hours')`;

/** SUM and COUNT come back as bigint; village totals stay far below 2^53 fen. */
export function toNumber(value: bigint | number | null | undefined): number {
  const n = Number(value ?? 0);
  if (!Number.isSafeInteger(n)) throw new Error("Total exceeds the safe integer range");
  return n;
}
