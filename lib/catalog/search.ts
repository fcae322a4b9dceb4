import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import type { SearchEngine } from "@/lib/search";
import type { SearchParams } from "@/lib/search/params";
import { PostgresSearchEngine } from "@/lib/search/postgres";
import { catalogTag } from "./cache-tags";
import { type ProductCardData, productCardSelect, visibleProduct } from "./visibility";

/** The engine the storefront asks; swap it here for another SearchEngine (README: OpenSearch). */
export const searchEngine: SearchEngine = new PostgresSearchEngine(db);

const SUGGESTED_PRODUCTS = 4;

/** Cards for these ids, in their order; an id that stopped being visible since is left out. */
async function productCards(ids: string[]): Promise<ProductCardData[]> {
  if (ids.length === 0) return [];
  const cards = await db.product.findMany({
    where: { id: { in: ids }, ...visibleProduct },
    select: productCardSelect,
  });
  const byId = new Map(cards.map((card) => [card.id, card]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** What to offer when nothing matched: the categories with the most on sale, and the best sellers. */
async function suggestions() {
  const [categories, best] = await Promise.all([
    db.category.findMany({
      where: { products: { some: visibleProduct } },
      orderBy: [{ products: { _count: "desc" } }, { sortOrder: "asc" }],
      take: 6,
      select: { slug: true, kind: true, nameZh: true, nameEn: true },
    }),
    searchEngine.search("", { inStock: true }, "best_selling", 1),
  ]);
  return { categories, products: await productCards(best.productIds.slice(0, SUGGESTED_PRODUCTS)) };
}

/**
 * One page of search results for the storefront, with suggestions when there are none. Cached for a
 * minute per query, filters, sort and page: on Double 11 most shoppers type the same few words. The
 * entry carries its products' card tags, so a price change or a sell-out on it shows at once; a
 * product that newly matches shows within the minute, or at once when a seller saves it.
 */
export async function searchCatalog(params: SearchParams) {
  "use cache";
  cacheLife("search");
  const result = await searchEngine.search(params.q, params.filters, params.sort, params.page);
  const [products, shops, categories] = await Promise.all([
    productCards(result.productIds),
    result.shopIds.length > 0
      ? db.shop.findMany({
          where: { id: { in: result.shopIds }, status: "ACTIVE" },
          select: { id: true, slug: true, nameZh: true, nameEn: true, storyZh: true, storyEn: true },
        })
      : [],
    db.category.findMany({
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
      select: { slug: true, nameZh: true, nameEn: true },
    }),
  ]);
  cacheTag(
    catalogTag.all,
    catalogTag.search,
    ...result.productIds.map(catalogTag.card),
    ...result.shopIds.map(catalogTag.shop),
  );
  const shopOrder = new Map(result.shopIds.map((id, index) => [id, index]));
  shops.sort((a, b) => (shopOrder.get(a.id) ?? 0) - (shopOrder.get(b.id) ?? 0));
  return {
    ...result,
    products,
    shops,
    categories,
    suggestions: result.total === 0 && shops.length === 0 ? await suggestions() : null,
  };
}

export type SearchPageData = Awaited<ReturnType<typeof searchCatalog>>;
