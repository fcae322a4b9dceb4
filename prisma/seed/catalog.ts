// Shops, their products and the pictures to draw for them.
import type { Prisma } from "@/lib/generated/prisma/client";
import { productSearchFields, shopSearchFields } from "@/lib/search/fields";
import type { ArtSpec } from "./art";
import { DAY } from "./calendar";
import { CATEGORIES, type CategorySlug, type ProductSpec } from "./content/catalog";
import type { ShopSpec } from "./content/shops";
import { deriveRandom, type Random } from "./random";

export type SellableProduct = {
  id: string;
  shopId: string;
  category: CategorySlug;
  titleZh: string;
  titleEn: string;
  priceFen: number;
  unit: ProductSpec["unit"];
  unique: boolean;
};

export type PictureJob = { productId: string; art: ArtSpec; seed: number; pictures: number; createdAt: Date };

export type PlannedShop = { id: string; spec: ShopSpec; products: SellableProduct[] };

export type Catalog = {
  shops: Prisma.ShopCreateManyInput[];
  products: Prisma.ProductCreateManyInput[];
  pictures: PictureJob[];
  /** Every shop with the products buyers could have bought over the year (active, not draft). */
  planned: PlannedShop[];
};

function stockFor(rng: Random, spec: ProductSpec): number {
  if (spec.stock !== undefined) return spec.stock;
  if (spec.unique) return rng.int(1, 2);
  if (spec.category === "turquoise") return rng.int(4, 60);
  return rng.int(20, 200);
}

function categoryNames(slug: CategorySlug) {
  const category = CATEGORIES.find((c) => c.slug === slug);
  if (!category) throw new Error(`no category ${slug}`);
  return category;
}

export function planCatalog(
  rng: Random,
  villageId: string,
  shops: ShopSpec[],
  sellerOf: Map<string, string>,
  categoryIds: Map<CategorySlug, string>,
  now: Date,
): Catalog {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const out: Catalog = { shops: [], products: [], pictures: [], planned: [] };
  for (const spec of shops) {
    const ownerId = sellerOf.get(spec.slug);
    if (!ownerId) throw new Error(`no seller for ${spec.slug}`);
    const pending = spec.status === "PENDING";
    const openedDaysAgo = pending ? 2 : rng.int(420, 1500);
    const shop = {
      id: rng.id(),
      villageId,
      ownerId,
      slug: spec.slug,
      nameZh: spec.nameZh,
      nameEn: spec.nameEn,
      storyZh: spec.storyZh,
      storyEn: spec.storyEn,
      status: spec.status,
      ...shopSearchFields(spec),
      approvedAt: pending ? null : ago(openedDaysAgo - 2),
      createdAt: ago(openedDaysAgo),
    };
    out.shops.push(shop);
    const planned: PlannedShop = { id: shop.id, spec, products: [] };
    spec.products.forEach((product, index) => {
      const categoryId = categoryIds.get(product.category);
      if (!categoryId) throw new Error(`no category ${product.category}`);
      // Listed before the year of orders starts, so no sale predates its product.
      const createdAt = pending
        ? ago(1 + index * 0.1)
        : ago(rng.float(370, Math.max(371, openedDaysAgo - 3)));
      const row = {
        id: rng.id(),
        shopId: shop.id,
        categoryId,
        titleZh: product.titleZh,
        titleEn: product.titleEn,
        descriptionZh: product.descriptionZh,
        descriptionEn: product.descriptionEn,
        priceFen: product.priceFen,
        stock: stockFor(rng, product),
        unit: product.unit,
        status: product.draft ? ("DRAFT" as const) : ("ACTIVE" as const),
        ...productSearchFields({ ...product, category: categoryNames(product.category), shop: spec }),
        createdAt,
        updatedAt: createdAt,
      };
      out.products.push(row);
      // Each product's pictures depend only on its shop and place, not on the order of everything else.
      const seed = deriveRandom(20261111, `${spec.slug}#${index}`).int(1, 2 ** 30);
      out.pictures.push({ productId: row.id, art: product.art, seed, pictures: product.pictures, createdAt });
      if (!product.draft && !pending) {
        planned.products.push({
          id: row.id,
          shopId: shop.id,
          category: product.category,
          titleZh: product.titleZh,
          titleEn: product.titleEn,
          priceFen: product.priceFen,
          unit: product.unit,
          unique: product.unique ?? false,
        });
      }
    });
    out.planned.push(planned);
  }
  return out;
}
