import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { isActiveShop, ORDERS_NEEDED_AT_MOST, type StatusRow, WINDOW_MONTHS } from "./active-rule";
import { beijingMidnight } from "./period";
import { beijingDate } from "./year-window";

export type ActiveShop = { shopId: string; householdId: string | null; formerlyPoor: boolean };

/** The three calendar months (Beijing) before a cut-off that is a Beijing midnight. */
export function activityWindowStart(cutoff: Date): Date {
  const day = beijingDate(cutoff);
  return beijingMidnight(day.year, day.month0 - WINDOW_MONTHS, day.day);
}

type ShopRow = {
  shopId: string;
  householdId: string | null;
  formerlyPoor: boolean | null;
  recentOrders: number;
  history: { toStatus: ShopStatus; at: string }[] | null;
};

/**
 * The village's shops that were active at `cutoff` (lib/village/active-rule.ts), read from the status
 * history, not today's status. Bounded whatever the number of orders: per shop, at most
 * ORDERS_NEEDED_AT_MOST paid parcels of the last three months are probed on (shopId, paidAt, status),
 * from the index alone. The pages read the counts through lib/village/active-counts.ts, which keeps
 * this function's answer per cut-off; `client` is the transaction that stores it.
 */
export async function activeShopsAt(
  villageId: string,
  cutoff: Date,
  client: Tx | typeof db = db,
): Promise<ActiveShop[]> {
  const windowStart = activityWindowStart(cutoff);
  const from = windowStart.toISOString();
  const to = cutoff.toISOString();
  const rows = await client.$queryRaw<ShopRow[]>`
    SELECT s."id" AS "shopId", u."householdId", h."formerlyPoor",
           (SELECT COUNT(*) FROM (
              SELECT 1 FROM "ShopOrder" so
              WHERE so."shopId" = s."id"
                AND so."paidAt" >= ${from}::timestamp AND so."paidAt" < ${to}::timestamp
                AND so."status" IN ('PAID', 'SHIPPED', 'DELIVERED')
              LIMIT ${ORDERS_NEEDED_AT_MOST}) recent)::int AS "recentOrders",
           (SELECT json_agg(json_build_object('toStatus', c."toStatus", 'at', c."at") ORDER BY c."at", c."id")
              FROM "ShopStatusChange" c
              WHERE c."shopId" = s."id" AND c."at" < ${to}::timestamp) AS "history"
    FROM "Shop" s
    JOIN "User" u ON u."id" = s."ownerId"
    LEFT JOIN "Household" h ON h."id" = u."householdId" AND h."villageId" = s."villageId"
    WHERE s."villageId" = ${villageId}`;
  return rows
    .filter((row) =>
      isActiveShop({
        history: (row.history ?? []).map(toStatusRow),
        paidOrders: row.recentOrders,
        windowStart,
        cutoff,
      }),
    )
    .map((row) => ({
      shopId: row.shopId,
      householdId: row.formerlyPoor === null ? null : row.householdId,
      formerlyPoor: row.formerlyPoor ?? false,
    }));
}

// json_build_object writes a timestamp without zone as local text; it is UTC, as stored.
function toStatusRow(row: { toStatus: ShopStatus; at: string }): StatusRow {
  return { toStatus: row.toStatus, at: new Date(`${row.at}Z`) };
}

/** The village's households that sold online at `cutoff`: those with a member's shop active then. */
export function householdsSelling(active: ActiveShop[]): { all: number; formerlyPoor: number } {
  const all = new Set<string>();
  const poor = new Set<string>();
  for (const shop of active) {
    if (!shop.householdId) continue;
    all.add(shop.householdId);
    if (shop.formerlyPoor) poor.add(shop.householdId);
  }
  return { all: all.size, formerlyPoor: poor.size };
}
