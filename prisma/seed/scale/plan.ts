// The village at a given size as a pure function of the moment it ends at: the demo's people and shops
// grown by the scale pieces, and the year of orders as a generator of days (see orders.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import { type PictureJob, planCatalog } from "../catalog";
import { CATEGORIES, type CategorySlug } from "../content/catalog";
import { demoOrders } from "../demo-orders";
import { VILLAGE } from "../people";
import { createRandom, deriveRandom } from "../random";
import { scaleOrderDays } from "./orders";
import { planScalePeople } from "./people";
import { REFUNDED_SHARE } from "./refunds";
import { planScaleShops } from "./shops";
import type { Size } from "./size";

/** The demo's seed: the scale village shares its village id, households and demo accounts. */
export const SCALE_SEED = 20_141_179;

export function planScale(
  size: Size,
  now: Date,
  passwordHash: string,
  existingCategories: Map<CategorySlug, string>,
) {
  const seed = SCALE_SEED;
  const villageId = createRandom(seed).id();
  const grossFen = size.netSalesFen / (1 - REFUNDED_SHARE);
  const shops = planScaleShops(seed, size, grossFen);
  const people = planScalePeople(seed, size, villageId, shops.specs, passwordHash, now);
  const categoryIds = new Map(existingCategories);
  const catRng = deriveRandom(seed, "categories");
  const categories = CATEGORIES.filter((c) => !categoryIds.has(c.slug)).map((c) => ({
    id: catRng.id(),
    ...c,
  }));
  for (const c of categories) categoryIds.set(c.slug, c.id);
  const catalog = planCatalog(
    deriveRandom(seed, "catalog"),
    villageId,
    shops.specs,
    people.sellerOf,
    categoryIds,
    now,
  );
  // A generated product is drawn like the demo product it was modelled on: the drawing is already in
  // the picture cache, so 2,500 products cost no more drawing than the demo's 115.
  const pictures: PictureJob[] = catalog.pictures.map((job, k) => {
    const source = shops.pictureSources[k];
    if (!source) return job;
    return { ...job, seed: deriveRandom(20261111, `${source.slug}#${source.index}`).int(1, 2 ** 30) };
  });
  const adminId = people.users.find((u) => u.role === "ADMIN")?.id;
  if (!adminId) throw new Error("no village admin planned");
  const agriculture = new Set(CATEGORIES.filter((c) => c.kind === "AGRICULTURE").map((c) => c.slug));
  const agriculturalProducts = new Set(
    catalog.planned.flatMap((s) => s.products.filter((p) => agriculture.has(p.category)).map((p) => p.id)),
  );
  const days = () =>
    scaleOrderDays({
      seed,
      size,
      shops: catalog.planned,
      buyers: people.buyers,
      demoDrafts: demoOrders(
        deriveRandom(seed, "demo"),
        catalog.planned,
        people.demoBuyer,
        people.demoBuyer2,
        people.buyers,
        now,
      ),
      refunds: {
        ownerOf: new Map(catalog.shops.map((s) => [s.id as string, s.ownerId])),
        adminId,
        untouchedBuyers: new Set([people.demoBuyer.id, people.demoBuyer2.id]),
      },
      now,
    });
  const village: Prisma.VillageCreateManyInput = { id: villageId, ...VILLAGE };
  return { village, people, categories, catalog, pictures, agriculturalProducts, days };
}

export type ScalePlan = ReturnType<typeof planScale>;
