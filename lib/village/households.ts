import "server-only";
import { db } from "@/lib/db/client";
import { activeCountsAt } from "./active-counts";
import { type AdminVillage, adminVillage } from "./admin-village";
import { rollupRange } from "./rollups/range";
import { shopRollupRows } from "./rollups/tables";
import { toNumber } from "./scope";
import { type Protected, protectCount, protectDerived } from "./small-counts";
import { previousYearWindow, resolveYear, type YearWindow, yearWindow } from "./year-window";

/**
 * One year of the formerly impoverished households, aggregates only, each withheld when the group
 * behind it has fewer than 5 households (lib/village/small-counts.ts). Shares are in basis points of
 * the whole, computed here so the page never holds a hidden count.
 */
export type LedgerYear = {
  window: YearWindow;
  households: number;
  formerlyPoor: Protected;
  /** With a member's shop active at the window's end. */
  selling: Protected;
  /** Net sales of their shops in the window, and that share of the village's net sales (‱). */
  salesFen: Protected;
  salesShareBps: Protected;
  /** With a yearly income recorded, above the line that year, and above it having been at or below the year before. */
  incomeRecorded: Protected;
  aboveLine: Protected;
  movedAbove: Protected;
  /** The income line per person that year, fen; null when the village has none recorded. */
  lineFen: number | null;
};

export type HouseholdLedger = { village: AdminVillage; current: LedgerYear; previous: LedgerYear };

type SalesRow = { villageFen: bigint | null; poorFen: bigint | null; poorHouseholds: bigint };
type IncomeRow = { poor: bigint; recorded: bigint; above: bigint; moved: bigint; line: number | null };

async function ledgerYear(villageId: string, window: YearWindow): Promise<LedgerYear> {
  const year = window.year;
  const [active, households, salesRows, incomeRows] = await Promise.all([
    activeCountsAt(villageId, window.end),
    db.household.count({ where: { villageId } }),
    // Per shop from the sales rollups (net = gross − refunds, as everywhere), then its owner's household.
    db.$queryRaw<SalesRow[]>`
      WITH per_shop AS (
        SELECT r."shopId", SUM(r."grossFen" - r."refundsFen")::bigint AS "net"
        FROM ${shopRollupRows(villageId, rollupRange(window))}
        GROUP BY 1
      )
      SELECT SUM(p."net")::bigint AS "villageFen",
             SUM(p."net") FILTER (WHERE h."formerlyPoor")::bigint AS "poorFen",
             COUNT(DISTINCT h."id") FILTER (WHERE h."formerlyPoor" AND p."net" > 0)::bigint AS "poorHouseholds"
      FROM per_shop p
      JOIN "Shop" s ON s."id" = p."shopId"
      JOIN "User" u ON u."id" = s."ownerId"
      LEFT JOIN "Household" h ON h."id" = u."householdId" AND h."villageId" = s."villageId"`,
    db.$queryRaw<IncomeRow[]>`
      SELECT COUNT(*)::bigint AS "poor",
             COUNT(cur."id")::bigint AS "recorded",
             COUNT(*) FILTER (WHERE cur."perPersonFen" > line."perPersonFen")::bigint AS "above",
             COUNT(*) FILTER (WHERE cur."perPersonFen" > line."perPersonFen"
                                AND prev."perPersonFen" <= prevLine."perPersonFen")::bigint AS "moved",
             MAX(line."perPersonFen") AS "line"
      FROM "Household" h
      LEFT JOIN "HouseholdIncome" cur ON cur."householdId" = h."id" AND cur."year" = ${year}
      LEFT JOIN "HouseholdIncome" prev ON prev."householdId" = h."id" AND prev."year" = ${year - 1}
      LEFT JOIN "IncomeLine" line ON line."villageId" = h."villageId" AND line."year" = ${year}
      LEFT JOIN "IncomeLine" prevLine ON prevLine."villageId" = h."villageId" AND prevLine."year" = ${year - 1}
      WHERE h."villageId" = ${villageId} AND h."formerlyPoor"`,
  ]);
  const sales = salesRows[0];
  const income = incomeRows[0];
  const poor = toNumber(income?.poor);
  const villageFen = toNumber(sales?.villageFen);
  const poorFen = toNumber(sales?.poorFen);
  const poorWithSales = toNumber(sales?.poorHouseholds);
  const recorded = toNumber(income?.recorded);
  const above = protectCount(toNumber(income?.above), recorded);
  const moved = toNumber(income?.moved);
  return {
    window,
    households,
    formerlyPoor: protectCount(poor),
    selling: protectCount(active.formerlyPoorSelling, poor),
    salesFen: protectDerived(poorFen, poorWithSales),
    salesShareBps: protectDerived(
      villageFen > 0 ? Math.round((poorFen * 10_000) / villageFen) : 0,
      poorWithSales,
    ),
    incomeRecorded: protectCount(recorded),
    aboveLine: above,
    // Those who moved are part of those above: withheld with them, or when the rest of them are few.
    movedAbove: above.shown ? protectCount(moved, above.value) : protectCount(moved),
    lineFen: income?.line ?? null,
  };
}

/** The ledger of one year (this year so far by default) and the year before, for the caller's village. */
export async function householdLedger(
  userId: string | null,
  yearParam: string | string[] | undefined,
  now = new Date(),
): Promise<HouseholdLedger | null> {
  const village = await adminVillage(userId, now);
  if (!village) return null;
  const window = yearWindow(resolveYear(yearParam, village.years, now), now);
  const [current, previous] = await Promise.all([
    ledgerYear(village.id, window),
    ledgerYear(village.id, previousYearWindow(window)),
  ]);
  return { village, current, previous };
}
