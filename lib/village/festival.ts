import "server-only";
import { db } from "@/lib/db/client";
import { festivalWindow, type Period } from "./period";
import { rollupRange } from "./rollups/range";
import { villageRollupRows } from "./rollups/tables";
import { toNumber } from "./scope";
import { salesTotals } from "./stats";

export type FestivalSales = {
  year: number;
  /** Whether 1 November of that year has come yet. */
  started: boolean;
  salesFen: number;
  orders: number;
  /** Each of the 11 days, "YYYY-MM-DD" (Beijing), zero when nothing sold. */
  days: { day: string; salesFen: number }[];
  peak: { day: string; salesFen: number } | null;
};

/** Double 11: net sales of the shop orders paid 1–11 November of the period's year, and the best day. */
export async function festivalSales(villageId: string, period: Period, now: Date): Promise<FestivalSales> {
  const window = festivalWindow(period);
  const [totals, rows] = await Promise.all([
    salesTotals(villageId, window),
    db.$queryRaw<{ day: string; salesFen: bigint }[]>`
      SELECT to_char(r."month", 'YYYY-MM-DD') AS "day", SUM(r."grossFen" - r."refundsFen")::bigint AS "salesFen"
      FROM ${villageRollupRows(villageId, { ...rollupRange(window), grain: "day" })}
      GROUP BY 1`,
  ]);
  const byDay = new Map(rows.map((row) => [row.day, toNumber(row.salesFen)]));
  const days = Array.from({ length: 11 }, (_, i) => {
    const day = `${period.festivalYear}-11-${String(i + 1).padStart(2, "0")}`;
    return { day, salesFen: byDay.get(day) ?? 0 };
  });
  const peak = days.reduce<FestivalSales["peak"]>(
    (best, day) => (day.salesFen > 0 && (!best || day.salesFen > best.salesFen) ? day : best),
    null,
  );
  return {
    year: period.festivalYear,
    started: now >= window.start,
    salesFen: totals.salesFen,
    orders: totals.orders,
    days,
    peak,
  };
}
