import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { overviewOf } from "@/lib/village/overview";
import { last12MonthsPeriod, type Period, thisYearPeriod, yearPeriod } from "@/lib/village/period";
import { fen, iso } from "./schemas/common";
import type { villageFiguresSchema } from "./schemas/village";

/** The period a caller named; unlike the admin page's picker, a year without sales is still that year. */
export function periodFor(key: string, now: Date): Period {
  if (key === "last-12-months") return last12MonthsPeriod(now);
  if (/^\d{4}$/.test(key)) return yearPeriod(Number(key));
  return thisYearPeriod(now);
}

/** The admin page's figures (lib/village/overview.ts, the same function) for one period, in the API's shapes. */
export async function villageFigures(
  villageId: string,
  periodKey: string,
  now = new Date(),
): Promise<z.input<typeof villageFiguresSchema> | null> {
  const village = await db.village.findUnique({ where: { id: villageId } });
  if (!village) return null;
  const {
    period,
    totals,
    months,
    categories,
    kinds,
    topShops,
    festival,
    participation: people,
    title,
  } = await overviewOf(village, periodFor(periodKey, now), [], now);
  const salesTargetFen = Number(village.titleSalesTargetFen);
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
