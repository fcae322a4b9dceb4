import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { PAID_SHOP_ORDER_STATUSES } from "@/lib/orders/status";

export type Window = { start: Date; end: Date };

/**
 * The one definition of "a paid sale of this village in this window", for queries that alias
 * ShopOrder as `so` and Shop as `s`. Timestamps are passed as text: paidAt is a UTC timestamp
 * without time zone, and a text literal's zone is ignored, so the session's TimeZone cannot shift it.
 */
export function paidSalesWhere(villageId: string, window: Window): Prisma.Sql {
  return Prisma.sql`s."villageId" = ${villageId}
    AND so."status"::text IN (${Prisma.join(PAID_SHOP_ORDER_STATUSES)})
    AND so."paidAt" >= ${window.start.toISOString()}::timestamp
    AND so."paidAt" < ${window.end.toISOString()}::timestamp`;
}

/** Local (Beijing) wall time of paidAt, for grouping by day or month. */
export const beijingPaidAt = Prisma.sql`(so."paidAt" + interval '8 hours')`;

/** SUM and COUNT come back as bigint; village totals stay far below 2^53 fen. */
export function toNumber(value: bigint | number | null | undefined): number {
  const n = Number(value ?? 0);
  if (!Number.isSafeInteger(n)) throw new Error("Total exceeds the safe integer range");
  return n;
}
