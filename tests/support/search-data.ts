// The demo data (the seed's own plan, without pictures) loaded into any database, with its search
// fields wiped as the search migration leaves them, so the back-fill is what fills them.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { planDemoData, rowsOfPlan } from "@/prisma/seed/index";
import { insertAll } from "@/prisma/seed/write";

// A fixed end of the year of orders: the same sales, so the same ranking, on every run.
export const DEMO_NOW = new Date("2026-11-30T12:00:00Z");

export function clientFor(url: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
}

/** The demo catalog and orders as the seed plans them; returns the plan (its shops and products). */
export async function loadDemoData(db: PrismaClient) {
  const plan = planDemoData(DEMO_NOW, "not-a-real-hash", new Map());
  await insertAll(db, rowsOfPlan(plan), Promise.resolve([]));
  return plan;
}

/** Empties the search fields, as the migration that added them left every existing row. */
export async function wipeSearchFields(db: PrismaClient) {
  await db.$executeRaw`UPDATE "Shop" SET "searchTokens" = '{}', "searchPinyin" = NULL`;
  await db.$executeRaw`UPDATE "Product" SET "searchTokens" = '{}', "searchPinyin" = NULL`;
}
