import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import { catalogTag } from "./cache-tags";
import { newestFirst, productCardSelect, visibleProduct } from "./visibility";

const FEATURED_PRODUCTS = 8;
const FEATURED_SHOPS = 4;

/** The home page's categories (with counts), newest products in stock and leading shops; cached. */
export async function getHomeData() {
  "use cache";
  cacheLife("catalog");
  const [categories, featuredProducts, featuredShops] = await Promise.all([
    db.category.findMany({
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
      select: {
        id: true,
        slug: true,
        kind: true,
        nameZh: true,
        nameEn: true,
        _count: { select: { products: { where: visibleProduct } } },
      },
    }),
    db.product.findMany({
      where: { ...visibleProduct, stock: { gt: 0 } },
      orderBy: newestFirst,
      take: FEATURED_PRODUCTS,
      select: productCardSelect,
    }),
    // The shops with the most on sale: the village's established sellers lead.
    db.shop.findMany({
      where: { status: "ACTIVE" },
      orderBy: [{ products: { _count: "desc" } }, { approvedAt: "asc" }, { id: "asc" }],
      take: FEATURED_SHOPS,
      select: { id: true, slug: true, nameZh: true, nameEn: true, storyZh: true, storyEn: true },
    }),
  ]);
  cacheTag(
    catalogTag.all,
    catalogTag.home,
    ...featuredProducts.map((product) => catalogTag.card(product.id)),
  );
  return {
    categories: categories.map(({ _count, ...category }) => ({ ...category, productCount: _count.products })),
    featuredProducts,
    featuredShops,
  };
}

export type HomeData = Awaited<ReturnType<typeof getHomeData>>;
export type HomeCategory = HomeData["categories"][number];
