import { LOW_STOCK } from "./stock-level";

/**
 * The tags that catalog reads (`"use cache"` in lib/catalog) put on what they return, and so on the
 * prerendered storefront pages built from them. A write that changes what a buyer would see expires
 * the matching tags (./invalidate.ts); nothing else is needed for a page to show the change.
 */
export const catalogTag = {
  /** Everything in the catalog: a shop opening or closing changes lists, counts and pages at once. */
  all: "catalog",
  /** The home page's lists and category counts. */
  home: "catalog:home",
  /** Every cached search result: a new or renamed product may now match a query it did not. */
  search: "catalog:search",
  /** A product's own page (price, stock, photos, words). */
  product: (id: string) => `product:${id}`,
  /** A product's card in lists: only what the card shows (title, price, photo, sold out). */
  card: (id: string) => `card:${id}`,
  category: (id: string) => `category:${id}`,
  shop: (id: string) => `shop:${id}`,
} as const;

export type StockChange = { productId: string; before: number; after: number };

/**
 * What a stock change makes stale: the product page when its stock band changes (in stock / only N
 * left / sold out) or while it shows an exact count; its cards only when it sells out or comes back.
 * Ordinary sales of a well-stocked product expire nothing, so the busiest pages stay cached.
 */
export function tagsForStockChanges(changes: StockChange[]): string[] {
  const tags = new Set<string>();
  for (const { productId, before, after } of changes) {
    if (before === after) continue;
    if (Math.min(before, after) <= LOW_STOCK) tags.add(catalogTag.product(productId));
    if (before > 0 !== after > 0) tags.add(catalogTag.card(productId));
  }
  return [...tags];
}

/** What a seller's save of a product makes stale: its page, its cards and every list it is or was in. */
export function tagsForProductSave(product: { id: string; shopId: string; categoryIds: string[] }): string[] {
  return [
    catalogTag.product(product.id),
    catalogTag.card(product.id),
    catalogTag.shop(product.shopId),
    catalogTag.home,
    catalogTag.search,
    ...product.categoryIds.map(catalogTag.category),
  ];
}
