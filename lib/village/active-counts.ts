import "server-only";
import { db } from "@/lib/db/client";
import { activeShopsAt, activityWindowStart, householdsSelling } from "./active-shops";

export type ActiveCounts = {
  /** Shops active at the cut-off by AliResearch's rule (lib/village/active-rule.ts). */
  activeShops: number;
  /** Households with a member's shop active then, and those of them formerly poor. */
  householdsSelling: number;
  formerlyPoorSelling: number;
};

type Row = { activeShops: number; householdsSelling: number; formerlyPoorSelling: number };

const cached = (villageId: string, cutoff: Date) => db.$queryRaw<Row[]>`
  SELECT "activeShops", "householdsSelling", "formerlyPoorSelling" FROM "VillageActiveCount"
  WHERE "villageId" = ${villageId} AND "cutoff" = ${cutoff.toISOString()}::timestamp`;

/**
 * The village's active shops and households selling at `cutoff`: one row once computed, so the admin
 * page, the export, the API and the title pages cost the same with 26 shops or 500. The row is the
 * rule applied from scratch (activeShopsAt), stored under the village's advisory lock and deleted by
 * the database in the same transaction as any write that changes the answer (the migration
 * …_active_shop_counts says which and why that is exact), so it is never stale; a miss costs one
 * computation, which writers of the village's parcels and statuses wait for.
 */
export async function activeCountsAt(villageId: string, cutoff: Date): Promise<ActiveCounts> {
  const [hit] = await cached(villageId, cutoff);
  if (hit) return hit;
  return db.$transaction(async (tx) => {
    // Waits for every writer in flight that could change the answer, and holds off new ones: the
    // statements after it see them all committed, and none can commit unseen until this one does.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(1, hashtext(${villageId}))`;
    const active = await activeShopsAt(villageId, cutoff, tx);
    const selling = householdsSelling(active);
    const counts = {
      activeShops: active.length,
      householdsSelling: selling.all,
      formerlyPoorSelling: selling.formerlyPoor,
    };
    await tx.$executeRaw`
      INSERT INTO "VillageActiveCount"
        ("villageId", "cutoff", "windowStart", "activeShops", "householdsSelling", "formerlyPoorSelling")
      VALUES (${villageId}, ${cutoff.toISOString()}::timestamp, ${activityWindowStart(cutoff).toISOString()}::timestamp,
              ${counts.activeShops}, ${counts.householdsSelling}, ${counts.formerlyPoorSelling})
      ON CONFLICT ("villageId", "cutoff") DO UPDATE SET
        "windowStart" = EXCLUDED."windowStart", "activeShops" = EXCLUDED."activeShops",
        "householdsSelling" = EXCLUDED."householdsSelling", "formerlyPoorSelling" = EXCLUDED."formerlyPoorSelling",
        "computedAt" = CURRENT_TIMESTAMP`;
    return counts;
  });
}
