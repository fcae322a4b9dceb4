// The demo data: Xiaying village, its households, shops, products with pictures, and a year of orders.
// Deterministic (one fixed seed) and idempotent (nothing is written when the village already exists).
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { planCatalog } from "./catalog";
import { CATEGORIES, type CategorySlug } from "./content/catalog";
import { SHOPS } from "./content/shops";
import { demoOrders } from "./demo-orders";
import { renderPictures } from "./images";
import { planOrders } from "./orders";
import { planPeople, VILLAGE } from "./people";
import { createRandom, deriveRandom } from "./random";
import { orderRows } from "./rows";
import { type SeedSummary, summarize } from "./summary";
import { insertAll, type SeedRows } from "./write";

export const SEED = 20_141_179;
export const DEMO_PASSWORD = "xiaying2026";
export { VILLAGE } from "./people";

export type SeedOptions = {
  /** The moment the year of orders ends at (defaults to the current time). */
  now?: Date;
  log?: (line: string) => void;
};

export type SeedResult = { seeded: false } | { seeded: true; summary: SeedSummary };

/**
 * Every row of the demo data except the pictures, as a pure function of the time it ends at.
 * `existingCategories` are reused by slug rather than created again.
 */
export function planDemoData(now: Date, passwordHash: string, existingCategories: Map<CategorySlug, string>) {
  const rng = createRandom(SEED);
  const villageId = rng.id();
  const people = planPeople(deriveRandom(SEED, "people"), villageId, SHOPS, passwordHash, now);
  const categoryIds = new Map(existingCategories);
  const catRng = deriveRandom(SEED, "categories");
  const categories = CATEGORIES.filter((c) => !categoryIds.has(c.slug)).map((c) => ({
    id: catRng.id(),
    ...c,
  }));
  for (const c of categories) categoryIds.set(c.slug, c.id);
  const catalog = planCatalog(
    deriveRandom(SEED, "catalog"),
    villageId,
    SHOPS,
    people.sellerOf,
    categoryIds,
    now,
  );
  const drafts = [
    ...planOrders(SEED, catalog.planned, people.buyers, now),
    ...demoOrders(
      deriveRandom(SEED, "demo"),
      catalog.planned,
      people.demoBuyer,
      people.demoBuyer2,
      people.buyers,
      now,
    ),
  ];
  const orders = orderRows(deriveRandom(SEED, "rows"), drafts, catalog.planned, now);
  return { village: { id: villageId, ...VILLAGE }, people, categories, categoryIds, catalog, orders };
}

export type DemoPlan = ReturnType<typeof planDemoData>;

/** The plan's rows, table by table, as `insertAll` writes them. */
export function rowsOfPlan(plan: DemoPlan): SeedRows {
  return {
    village: plan.village,
    households: plan.people.households,
    users: plan.people.users,
    categories: plan.categories,
    shops: plan.catalog.shops,
    products: plan.catalog.products,
    ...plan.orders,
  };
}

export async function seedDemoData(db: PrismaClient, options: SeedOptions = {}): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => undefined);
  if (await db.village.findUnique({ where: { slug: VILLAGE.slug }, select: { id: true } }))
    return { seeded: false };

  const started = Date.now();
  // One hash for every demo account: argon2 is slow on purpose, and 180 hashes would take a minute.
  const passwordHash = await hash(DEMO_PASSWORD);
  const existing = await db.category.findMany({
    where: { slug: { in: CATEGORIES.map((c) => c.slug) } },
    select: { id: true, slug: true },
  });
  const plan = planDemoData(now, passwordHash, new Map(existing.map((c) => [c.slug as CategorySlug, c.id])));
  log(`planned in ${Date.now() - started} ms; drawing ${plan.catalog.pictures.length} products' pictures`);

  const drawStarted = Date.now();
  const drawing = renderPictures(plan.catalog.pictures).then((rows) => {
    log(`drew ${rows.length} pictures in ${Date.now() - drawStarted} ms`);
    return rows;
  });
  // Awaited inside insertAll; until then a failed drawing must not surface as an unhandled rejection.
  drawing.catch(() => undefined);
  const images = await insertAll(db, rowsOfPlan(plan), drawing, log);
  const summary = summarize({
    people: plan.people,
    catalog: plan.catalog,
    images,
    orders: plan.orders,
    now,
    categoryKinds: CATEGORIES,
    categoryIds: plan.categoryIds,
  });
  return { seeded: true, summary };
}
