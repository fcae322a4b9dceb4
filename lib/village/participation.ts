import "server-only";
import { db } from "@/lib/db/client";
import { activeCountsAt } from "./active-counts";
import { beijingMidnight } from "./period";
import type { Window } from "./scope";
import { beijingDate } from "./year-window";

export type Participation = {
  /** The cut-off the shops were counted at: the period's end, or the end of today while it runs. */
  at: Date;
  activeShops: number;
  households: number;
  householdsSelling: number;
  formerlyPoorHouseholds: number;
  formerlyPoorSelling: number;
};

/** The end of a window, but no later than the end of today (Beijing): a cut-off at a Beijing midnight. */
export function participationCutoff(window: Window, now: Date): Date {
  const today = beijingDate(now);
  const endOfToday = beijingMidnight(today.year, today.month0, today.day + 1);
  return window.end < endOfToday ? window.end : endOfToday;
}

/**
 * Who took part in a period: the shops active at its end by AliResearch's rule, read from the status
 * history (lib/village/active-counts.ts, the same counts /admin/title reads), and the households
 * with a member's shop among them. So the main page and the title page never disagree.
 */
export async function participation(
  villageId: string,
  window: Window,
  now = new Date(),
): Promise<Participation> {
  const at = participationCutoff(window, now);
  const [active, households] = await Promise.all([
    activeCountsAt(villageId, at),
    db.$queryRaw<{ all: bigint; poor: bigint }[]>`
      SELECT COUNT(*)::bigint AS "all", COUNT(*) FILTER (WHERE "formerlyPoor")::bigint AS "poor"
      FROM "Household" WHERE "villageId" = ${villageId}`,
  ]);
  return {
    at,
    activeShops: active.activeShops,
    households: Number(households[0]?.all ?? 0),
    householdsSelling: active.householdsSelling,
    formerlyPoorHouseholds: Number(households[0]?.poor ?? 0),
    formerlyPoorSelling: active.formerlyPoorSelling,
  };
}
