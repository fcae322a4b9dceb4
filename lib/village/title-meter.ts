import "server-only";
import { db } from "@/lib/db/client";
import { activeCountsAt } from "./active-counts";
import { type AdminVillage, adminVillage } from "./admin-village";
import { type FestivalSales, festivalSales } from "./festival";
import { yearPeriod } from "./period";
import { salesTotals } from "./stats";
import { checkTaobaoVillage, type TitleCheck } from "./title";
import { previousYearWindow, resolveYear, type YearWindow, yearWindow } from "./year-window";

export type TitleYear = {
  window: YearWindow;
  /** Net sales (gross less refunds) of the village's parcels paid in the window. */
  salesFen: number;
  /** Shops active at the window's end (AliResearch's rule, lib/village/active-rule.ts). */
  activeShops: number;
  households: number;
  /** Households with a member's shop active at the window's end. */
  householdsSelling: number;
  check: TitleCheck;
  /** Double 11 (1–11 November) of that year. */
  festival: FestivalSales;
};

export type TitleMeter = { village: AdminVillage; current: TitleYear; previous: TitleYear };

async function titleYear(village: AdminVillage, window: YearWindow, now: Date): Promise<TitleYear> {
  const [totals, active, households, festival] = await Promise.all([
    salesTotals(village.id, window),
    activeCountsAt(village.id, window.end),
    db.household.count({ where: { villageId: village.id } }),
    festivalSales(village.id, yearPeriod(window.year), now),
  ]);
  const selling = active.householdsSelling;
  return {
    window,
    salesFen: totals.salesFen,
    activeShops: active.activeShops,
    households,
    householdsSelling: selling,
    check: checkTaobaoVillage({
      salesFen: totals.salesFen,
      salesTargetFen: village.salesTargetFen,
      activeShops: active.activeShops,
      shopTarget: village.shopTarget,
      households,
      householdsSelling: selling,
    }),
    festival,
  };
}

/**
 * The Taobao-village meter of one year (this year so far by default) and the same stretch of the year
 * before, for the caller's own village; null for anyone but its admin.
 */
export async function titleMeter(
  userId: string | null,
  yearParam: string | string[] | undefined,
  now = new Date(),
): Promise<TitleMeter | null> {
  const village = await adminVillage(userId, now);
  if (!village) return null;
  const window = yearWindow(resolveYear(yearParam, village.years, now), now);
  const [current, previous] = await Promise.all([
    titleYear(village, window, now),
    titleYear(village, previousYearWindow(window), now),
  ]);
  return { village, current, previous };
}
