import "server-only";
import { loadActor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { beijingDate, yearsSince } from "./year-window";

export type AdminVillage = {
  id: string;
  nameZh: string;
  nameEn: string;
  salesTargetFen: number;
  shopTarget: number;
  /** The years the title pages offer: from the village's first shop status to this year, newest first. */
  years: number[];
};

/**
 * The caller's own village, for the title, household and courier pages: the role and the village are
 * read from the database, so only a village admin gets one, and only their own. Null for anyone else.
 */
export async function adminVillage(userId: string | null, now: Date): Promise<AdminVillage | null> {
  const guard = await loadActor(userId, ["ADMIN"]);
  if (!guard.ok || !guard.actor.villageId) return null;
  const village = await db.village.findUnique({
    where: { id: guard.actor.villageId },
    select: { id: true, nameZh: true, nameEn: true, titleSalesTargetFen: true, titleShopTarget: true },
  });
  if (!village) return null;
  // The first status change is where the history (and so any active shop) starts; the years with
  // sales would scan every order ever paid.
  const first = await db.shopStatusChange.findFirst({
    where: { shop: { villageId: village.id } },
    orderBy: { at: "asc" },
    select: { at: true },
  });
  const firstYear = beijingDate(first?.at ?? now).year;
  return {
    id: village.id,
    nameZh: village.nameZh,
    nameEn: village.nameEn,
    salesTargetFen: Number(village.titleSalesTargetFen),
    shopTarget: village.titleShopTarget,
    years: yearsSince(firstYear, now),
  };
}
