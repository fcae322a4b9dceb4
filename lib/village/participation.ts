import "server-only";
import { db } from "@/lib/db/client";
import { toNumber } from "./scope";

export type Participation = {
  activeShops: number;
  households: number;
  householdsSelling: number;
  formerlyPoorHouseholds: number;
  formerlyPoorSelling: number;
};

/**
 * Who takes part today: shops are not dated, so these are the village's current figures whatever the
 * period. A household sells when at least one of its members owns an ACTIVE shop of the village.
 */
export async function participation(villageId: string): Promise<Participation> {
  const [activeShops, rows] = await Promise.all([
    db.shop.count({ where: { villageId, status: "ACTIVE" } }),
    db.$queryRaw<{ households: bigint; selling: bigint; poor: bigint; poorSelling: bigint }[]>`
      WITH h AS (
        SELECT hh."formerlyPoor",
               EXISTS (
                 SELECT 1 FROM "User" u JOIN "Shop" s ON s."ownerId" = u."id"
                 WHERE u."householdId" = hh."id" AND s."villageId" = hh."villageId" AND s."status" = 'ACTIVE'
               ) AS "selling"
        FROM "Household" hh
        WHERE hh."villageId" = ${villageId}
      )
      SELECT COUNT(*)::bigint AS "households",
             COUNT(*) FILTER (WHERE "selling")::bigint AS "selling",
             COUNT(*) FILTER (WHERE "formerlyPoor")::bigint AS "poor",
             COUNT(*) FILTER (WHERE "formerlyPoor" AND "selling")::bigint AS "poorSelling"
      FROM h`,
  ]);
  const row = rows[0];
  return {
    activeShops,
    households: toNumber(row?.households),
    householdsSelling: toNumber(row?.selling),
    formerlyPoorHouseholds: toNumber(row?.poor),
    formerlyPoorSelling: toNumber(row?.poorSelling),
  };
}
