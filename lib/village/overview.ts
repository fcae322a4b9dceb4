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

type VillageRow = NonNullable<Awaited<ReturnType<typeof db.village.findUnique>>>;

/**
 * The page's figures for a period already chosen: the one place the admin page, the CSV export and
 * the API (lib/api/village.ts) compute them. `allShops` also returns every shop that sold (the
 * export's rows) from the same query the top ten are cut from, instead of a second one.
 */
export async function overviewOf(
  village: VillageRow,
  period: Period,
  pastYears: number[],
  now: Date,
  options: { allShops?: boolean } = {},
): Promise<VillageOverview & { allShops: ShopSales[] | null }> {
  const villageId = village.id;
  const [totals, months, categories, shops, festival, people] = await Promise.all([
    salesTotals(villageId, period),
    salesByMonth(villageId, period),
    salesByCategory(villageId, period),
    salesByShop(villageId, period, options.allShops ? null : TOP_SHOPS),
    festivalSales(villageId, period, now),
    participation(villageId, period, now),
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
    topShops: shops.slice(0, TOP_SHOPS),
    allShops: options.allShops ? shops : null,
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

/** Everything on the admin's one page, for the admin's own village; null when it does not exist. */
export async function villageOverview(
  villageId: string,
  periodParam: string | string[] | undefined,
  now = new Date(),
  options: { allShops?: boolean } = {},
): Promise<(VillageOverview & { allShops: ShopSales[] | null }) | null> {
  const village = await db.village.findUnique({ where: { id: villageId } });
  if (!village) return null;
  const { period, pastYears } = await chosenPeriod(villageId, periodParam, now);
  return overviewOf(village, period, pastYears, now, options);
}
