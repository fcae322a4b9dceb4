// Demo data of the Taobao-village title pages: each shop's status history (signed up, approved, and
// for the suspended shop its suspension), the income line, and the formerly poor households' yearly
// incomes per person. Incomes and lines are made-up demo figures, shaped like a poverty register:
// selling households' incomes grow faster, so more of them cross the line each year.
import type { Prisma } from "@/lib/generated/prisma/client";
import { beijingDay, DAY } from "./calendar";
import type { Catalog } from "./catalog";
import { SUSPENDED_FOR_DAYS } from "./orders";
import type { People } from "./people";
import type { Random } from "./random";

export type TitleRows = {
  statusChanges: Prisma.ShopStatusChangeCreateManyInput[];
  incomeLines: Prisma.IncomeLineCreateManyInput[];
  incomes: Prisma.HouseholdIncomeCreateManyInput[];
};

/** Years of income on the register, ending with this one (assessed in the autumn). */
const INCOME_YEARS = 6;
/** The demo's line per person: 4,000 yuan in 2020, the year the national standard reached it. */
const LINE_2020_FEN = 400_000;
const LINE_GROWTH = 0.06;

function lineFen(year: number): number {
  return Math.round((LINE_2020_FEN * (1 + LINE_GROWTH) ** (year - 2020)) / 100) * 100;
}

function statusChanges(catalog: Catalog, people: People, now: Date): TitleRows["statusChanges"] {
  const adminId = people.users.find((user) => user.role === "ADMIN")?.id ?? null;
  return catalog.shops.flatMap((shop) => {
    const shopId = shop.id;
    if (!shopId) return [];
    const createdAt = new Date(shop.createdAt ?? now);
    const rows: TitleRows["statusChanges"] = [
      {
        id: `${shop.id}-signup`,
        shopId,
        fromStatus: null,
        toStatus: "PENDING",
        at: createdAt,
        byUserId: shop.ownerId,
      },
    ];
    if (shop.approvedAt) {
      const approvedAt = new Date(shop.approvedAt);
      rows.push({
        id: `${shop.id}-approved`,
        shopId,
        fromStatus: "PENDING",
        toStatus: "ACTIVE",
        at: approvedAt,
        byUserId: adminId,
      });
    }
    if (shop.status === "SUSPENDED") {
      const at = new Date(now.getTime() - SUSPENDED_FOR_DAYS * DAY);
      rows.push({
        id: `${shop.id}-suspended`,
        shopId,
        fromStatus: "ACTIVE",
        toStatus: "SUSPENDED",
        at,
        byUserId: adminId,
      });
    }
    return rows;
  });
}

function incomes(rng: Random, people: People, catalog: Catalog, years: number[]): TitleRows["incomes"] {
  const owners = new Set(catalog.shops.filter((shop) => shop.approvedAt).map((shop) => shop.ownerId));
  const selling = new Set(
    people.users
      .filter((user) => owners.has(user.id ?? "") && user.householdId)
      .map((user) => user.householdId),
  );
  const first = years[0] ?? 2020;
  return people.households
    .filter((household) => household.formerlyPoor)
    .flatMap((household) => {
      const sells = selling.has(household.id);
      // Most start near the line; those who sell have been climbing since their shop opened.
      let income = lineFen(first) * rng.float(sells ? 0.9 : 0.7, sells ? 1.5 : 1.15);
      return years.map((year) => {
        if (year > first) income *= 1 + rng.float(sells ? 0.1 : 0.02, sells ? 0.3 : 0.16);
        return {
          id: `${household.id}-income-${year}`,
          householdId: household.id ?? "",
          year,
          perPersonFen: Math.round(income / 100) * 100,
        };
      });
    });
}

export function planTitleRows(
  rng: Random,
  villageId: string,
  people: People,
  catalog: Catalog,
  now: Date,
): TitleRows {
  const thisYear = beijingDay(now).year;
  const years = Array.from({ length: INCOME_YEARS }, (_, i) => thisYear - INCOME_YEARS + 1 + i);
  return {
    statusChanges: statusChanges(catalog, people, now),
    incomeLines: years.map((year) => ({
      id: `${villageId}-line-${year}`,
      villageId,
      year,
      perPersonFen: lineFen(year),
    })),
    incomes: incomes(rng, people, catalog, years),
  };
}

/** In the seed's transaction, after the shops and households they point at. */
export async function writeTitleRows(tx: Prisma.TransactionClient, rows: TitleRows): Promise<void> {
  await tx.shopStatusChange.createMany({ data: rows.statusChanges });
  await tx.incomeLine.createMany({ data: rows.incomeLines });
  await tx.householdIncome.createMany({ data: rows.incomes });
}

/**
 * One history row for every shop that has none, as the migration back-filled them (open since its
 * approval, pending or suspended since its creation): for bulk loads that write shops with raw SQL
 * (the 2019-scale seed), which would otherwise have no active shop at all.
 */
export async function backfillStatusHistory(tx: Prisma.TransactionClient): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "ShopStatusChange" ("id", "shopId", "fromStatus", "toStatus", "at", "byUserId")
    SELECT 'backfill-' || s."id", s."id", NULL, s."status",
           CASE WHEN s."status" = 'ACTIVE' THEN COALESCE(s."approvedAt", s."createdAt") ELSE s."createdAt" END,
           NULL
    FROM "Shop" s
    WHERE NOT EXISTS (SELECT 1 FROM "ShopStatusChange" c WHERE c."shopId" = s."id")`;
}
