// AliResearch's "active shop" (活跃网店), as 阿里研究院 states it for the Taobao-village list
// (announcement of the 2022 round, 22 July 2022): "活跃网店指开通时间达到或超过30天，并且截止前3个月月均
// 订单不少于1笔。开通时间超过30天、不到3个月的，按实际时间计算。" — a shop open for at least 30 days,
// with at least one order a month on average over the 3 months before the cut-off; a shop open more
// than 30 days but less than 3 months is averaged over the time it was actually open.
// Here: "open" is approved and not suspended (ACTIVE in the shop's status history), summed over every
// stretch it was open up to the cut-off, and the shop must be open at the cut-off; an "order" is a
// paid parcel of the shop not refunded in full; the 3 months are the 3 calendar months (Beijing) up to
// the cut-off. docs/taobao-village.md says the same in words.

import type { ShopStatus } from "@/lib/generated/prisma/client";

export const DAY_MS = 24 * 60 * 60 * 1000;
export const MIN_OPEN_DAYS = 30;
export const WINDOW_MONTHS = 3;
/** One order a month over three months: more than this many never changes the answer. */
export const ORDERS_NEEDED_AT_MOST = WINDOW_MONTHS;

export type StatusRow = { toStatus: ShopStatus; at: Date };

/** Milliseconds the shop was ACTIVE within [from, to), from its history sorted by time. */
export function openMs(history: StatusRow[], from: Date, to: Date): number {
  let total = 0;
  history.forEach((row, i) => {
    if (row.toStatus !== "ACTIVE") return;
    const next = history[i + 1];
    const start = Math.max(row.at.getTime(), from.getTime());
    const end = Math.min(next ? next.at.getTime() : Number.POSITIVE_INFINITY, to.getTime());
    if (end > start) total += end - start;
  });
  return total;
}

export function statusAt(history: StatusRow[], instant: Date): ShopStatus | null {
  let status: ShopStatus | null = null;
  for (const row of history) if (row.at < instant) status = row.toStatus;
  return status;
}

/**
 * Whether a shop was active at `cutoff`: open then, open for 30 days in all by then, and with paid
 * orders in [windowStart, cutoff) averaging at least one per month of the time it was open in that
 * window (a month being a third of the window). `paidOrders` may be capped at ORDERS_NEEDED_AT_MOST.
 */
export function isActiveShop(input: {
  history: StatusRow[];
  paidOrders: number;
  windowStart: Date;
  cutoff: Date;
}): boolean {
  const { history, paidOrders, windowStart, cutoff } = input;
  if (statusAt(history, cutoff) !== "ACTIVE") return false;
  if (openMs(history, new Date(0), cutoff) < MIN_OPEN_DAYS * DAY_MS) return false;
  const windowMs = cutoff.getTime() - windowStart.getTime();
  const openInWindow = openMs(history, windowStart, cutoff);
  // orders / (months open) >= 1, months open = WINDOW_MONTHS × openInWindow / windowMs: in integers.
  return paidOrders * windowMs >= WINDOW_MONTHS * openInWindow;
}
