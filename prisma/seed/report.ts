// The few lines the seed prints when it finishes.
import type { SeedSummary } from "./summary";

const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, v]) => `${v} ${k.toLowerCase()}`)
    .join(", ");

const yuan = (value: number) => `¥${value.toLocaleString("en-US")}`;

export function formatSummary(s: SeedSummary, ms: number): string {
  return [
    `Demo data loaded in ${(ms / 1000).toFixed(1)} s:`,
    `  village Xiaying: ${s.households} households, ${s.formerlyPoor} formerly poor`,
    `  users: ${list(s.users)}; shops: ${list(s.shops)}`,
    `  products: ${s.products}, pictures: ${s.pictures} (average ${s.picturesKb.average} KB, largest ${s.picturesKb.largest} KB)`,
    `  orders: ${list(s.orders)}; parcels: ${list(s.shopOrders)}; items: ${s.orderItems}`,
    `  paid sales over 12 months: ${yuan(s.gmvYuan)} (this year ${yuan(s.gmvThisYearYuan)}), agriculture ${(s.agricultureShare * 100).toFixed(1)}%`,
    s.double11
      ? `  Double 11: peak ${s.double11.peakDay} with ${yuan(s.double11.peakYuan)}; 1-11 Nov ${yuan(s.double11.festivalYuan)}; Guo Mingfeng's night ${yuan(s.guoSinglesNightYuan)}`
      : "  Double 11: not in this year of orders",
    "  demo accounts (password xiaying2026): buyer@xiaying.test, buyer2@xiaying.test, admin@xiaying.test, guo@xiaying.test, wang@xiaying.test, pending@xiaying.test",
  ].join("\n");
}
