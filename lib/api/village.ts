import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { salesByCategory, splitByKind } from "@/lib/village/categories";
import { festivalSales } from "@/lib/village/festival";
import { participation } from "@/lib/village/participation";
import { last12MonthsPeriod, type Period, thisYearPeriod, yearPeriod } from "@/lib/village/period";
import { salesByShop } from "@/lib/village/shop-sales";
import { salesByMonth, salesTotals } from "@/lib/village/stats";
import { checkTaobaoVillage } from "@/lib/village/title";
import { fen, iso } from "./schemas/common";
import type { villageFiguresSchema } from "./schemas/village";

const TOP_SHOPS = 10;

/** The period a caller named; unlike the admin page's picker, a year without sales is still that year. */
export function periodFor(key: string, now: Date): Period {
  if (key === "last-12-months") return last12MonthsPeriod(now);
  if (/^\d{4}$/.test(key)) return yearPeriod(Number(key));
  return thisYearPeriod(now);
}

/** The admin page's figures (lib/village) for one period, in the API's shapes. */
export async function villageFigures(
  villageId: string,
  periodKey: string,
  now = new Date(),
): Promise<z.input<typeof villageFiguresSchema> | null> {
  const village = await db.village.findUnique({ where: { id: villageId } });
  if (!village) return null;
  const period = periodFor(periodKey, now);
  const [totals, months, categories, topShops, festival, people] = await Promise.all([
    salesTotals(villageId, period),
    salesByMonth(villageId, period),
    salesByCategory(villageId, period),
    salesByShop(villageId, period, TOP_SHOPS),
    festivalSales(villageId, period, now),
    participation(villageId),
  ]);
  const salesTargetFen = Number(village.titleSalesTargetFen);
  const title = checkTaobaoVillage({
    salesFen: totals.salesFen,
    salesTargetFen,
    activeShops: people.activeShops,
    shopTarget: village.titleShopTarget,
    households: people.households,
    householdsSelling: people.householdsSelling,
  });
  const kinds = splitByKind(categories);
  return {
    village: { slug: village.slug, nameZh: village.nameZh, nameEn: village.nameEn },
    period: { key: period.key, start: iso(period.start), end: iso(period.end) },
    totals: {
      grossSales: fen(totals.grossSalesFen),
      refunds: fen(totals.refundsFen),
      netSales: fen(totals.salesFen),
      orders: totals.orders,
      parcels: totals.parcels,
    },
    months: months.map((month) => ({
      month: month.month,
      netSales: fen(month.salesFen),
      orders: month.orders,
    })),
    categories: categories.map((category) => ({
      nameZh: category.nameZh,
      nameEn: category.nameEn,
      kind: category.kind,
      netSales: fen(category.salesFen),
      units: category.units,
    })),
    kinds: { agriculture: fen(kinds.agricultureFen), crafts: fen(kinds.craftsFen) },
    topShops: topShops.map((shop) => ({
      slug: shop.slug,
      nameZh: shop.nameZh,
      nameEn: shop.nameEn,
      netSales: fen(shop.salesFen),
      parcels: shop.parcels,
    })),
    double11: {
      year: festival.year,
      netSales: fen(festival.salesFen),
      orders: festival.orders,
      peakDay: festival.peak?.day ?? null,
      peakSales: festival.peak ? fen(festival.peak.salesFen) : null,
    },
    participation: {
      activeShops: people.activeShops,
      households: people.households,
      householdsSelling: people.householdsSelling,
    },
    taobaoVillage: {
      salesTarget: fen(salesTargetFen),
      shopTarget: village.titleShopTarget,
      salesMet: title.salesMet,
      shopsMet: title.shopsMet,
      householdsMet: title.householdsMet,
      met: title.met,
    },
  };
}
