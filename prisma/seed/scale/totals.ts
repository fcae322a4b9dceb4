// The figures the scale seed prints when it finishes, counted as the admin pages count them
// (lib/village/scope.ts): paid shop orders (refunded ones included), net of refunds, by Beijing day.
import { PAID_OR_REFUNDED_SHOP_ORDER_STATUSES } from "@/lib/orders/status";
import { beijingDay } from "../calendar";
import type { DayRows } from "./orders";

export type ScaleTotals = {
  orders: Record<string, number>;
  shopOrders: Record<string, number>;
  items: number;
  refunds: number;
  grossFen: number;
  refundedFen: number;
  netFen: number;
  agricultureNetFen: number;
  netByDay: Map<string, number>;
};

export const emptyTotals = (): ScaleTotals => ({
  orders: {},
  shopOrders: {},
  items: 0,
  refunds: 0,
  grossFen: 0,
  refundedFen: 0,
  netFen: 0,
  agricultureNetFen: 0,
  netByDay: new Map(),
});

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};
const counted: string[] = PAID_OR_REFUNDED_SHOP_ORDER_STATUSES;

export function addDay(totals: ScaleTotals, rows: DayRows, agricultural: Set<string>) {
  for (const order of rows.orders) bump(totals.orders, String(order.status));
  const paid = new Set<string>();
  for (const so of rows.shopOrders) {
    bump(totals.shopOrders, String(so.status));
    if (!counted.includes(String(so.status)) || !so.paidAt) continue;
    paid.add(so.id as string);
    const net = so.subtotalFen - (so.refundedFen ?? 0);
    totals.grossFen += so.subtotalFen;
    totals.refundedFen += so.refundedFen ?? 0;
    totals.netFen += net;
    const key = beijingDay(so.paidAt as Date).key;
    totals.netByDay.set(key, (totals.netByDay.get(key) ?? 0) + net);
  }
  for (const item of rows.items) {
    if (!paid.has(item.shopOrderId) || !agricultural.has(item.productId)) continue;
    totals.agricultureNetFen += item.lineTotalFen - (item.refundedQuantity ?? 0) * item.unitPriceFen;
  }
  totals.items += rows.items.length;
  totals.refunds += rows.refunds.length;
}

const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([k, v]) => `${v.toLocaleString("en-US")} ${k.toLowerCase()}`)
    .join(", ");
const yuan = (fen: number) => `¥${Math.round(fen / 100).toLocaleString("en-US")}`;
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The busiest day of the year, and the figures of 11 November. */
export function peakOf(totals: ScaleTotals) {
  let peak: [string, number] = ["", 0];
  for (const entry of totals.netByDay) if (entry[1] > peak[1]) peak = entry;
  const singles = [...totals.netByDay].find(([key]) => key.endsWith("-11-11"));
  return { peakDay: peak[0], peakFen: peak[1], singlesFen: singles?.[1] ?? 0 };
}

export function formatTotals(totals: ScaleTotals): string[] {
  const { peakDay, peakFen, singlesFen } = peakOf(totals);
  const share = totals.netFen === 0 ? 0 : totals.agricultureNetFen / totals.netFen;
  const days = Math.max(1, totals.netByDay.size);
  return [
    `orders: ${sum(totals.orders).toLocaleString("en-US")} (${list(totals.orders)})`,
    `shop orders: ${sum(totals.shopOrders).toLocaleString("en-US")} (${list(totals.shopOrders)})`,
    `items: ${totals.items.toLocaleString("en-US")}; refunds: ${totals.refunds.toLocaleString("en-US")}`,
    `paid sales: gross ${yuan(totals.grossFen)}, refunds ${yuan(totals.refundedFen)}, net ${yuan(totals.netFen)}`,
    `agriculture: ${(share * 100).toFixed(1)}% of net sales`,
    `busiest day: ${peakDay} with ${yuan(peakFen)} (${(peakFen / (totals.netFen / days)).toFixed(1)}× an average day); 11 November ${yuan(singlesFen)}`,
  ];
}
