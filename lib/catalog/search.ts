import "server-only";
import { db } from "@/lib/db/client";
import type { SearchEngine } from "@/lib/search";
import type { SearchParams } from "@/lib/search/params";
import { PostgresSearchEngine } from "@/lib/search/postgres";
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

/** One page of search results for the storefront, with suggestions when there are none. */
export async function searchCatalog(params: SearchParams) {
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
