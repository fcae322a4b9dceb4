import "server-only";
import { db } from "@/lib/db/client";
import { type CategorySales, type KindSplit, salesByCategory, splitByKind } from "./categories";
import { type FestivalSales, festivalSales } from "./festival";
import { type Participation, participation } from "./participation";
import type { Period } from "./period";
import { type ShopSales, salesByShop } from "./shop-sales";
import { type MonthSales, type SalesTotals, salesByMonth, salesTotals } from "./stats";
import { checkTaobaoVillage, type TitleCheck } from "./title";
import { chosenPeriod } from "./years";

export type VillageOverview = {
  village: { id: string; nameZh: string; nameEn: string; salesTargetFen: number; shopTarget: number };
  period: Period;
  pastYears: number[];
  totals: SalesTotals;
  months: MonthSales[];
  categories: CategorySales[];
  kinds: KindSplit;
  topShops: ShopSales[];
  festival: FestivalSales;
  participation: Participation;
  title: TitleCheck;
};

const TOP_SHOPS = 10;

/** Everything on the admin's one page, for the admin's own village; null when it does not exist. */
export async function villageOverview(
  villageId: string,
  periodParam: string | string[] | undefined,
  now = new Date(),
): Promise<VillageOverview | null> {
  const village = await db.village.findUnique({ where: { id: villageId } });
  if (!village) return null;
  const { period, pastYears } = await chosenPeriod(villageId, periodParam, now);
  const [totals, months, categories, topShops, festival, people] = await Promise.all([
    salesTotals(villageId, period),
    salesByMonth(villageId, period),
    salesByCategory(villageId, period),
    salesByShop(villageId, period, TOP_SHOPS),
    festivalSales(villageId, period, now),
    participation(villageId),
  ]);
  const salesTargetFen = Number(village.titleSalesTargetFen);
  return {
    village: {
      id: village.id,
      nameZh: village.nameZh,
      nameEn: village.nameEn,
      salesTargetFen,
      shopTarget: village.titleShopTarget,
    },
    period,
    pastYears,
    totals,
    months,
    categories,
    kinds: splitByKind(categories),
    topShops,
    festival,
    participation: people,
    title: checkTaobaoVillage({
      salesFen: totals.salesFen,
      salesTargetFen,
      activeShops: people.activeShops,
      shopTarget: village.titleShopTarget,
      households: people.households,
      householdsSelling: people.householdsSelling,
    }),
  };
}
