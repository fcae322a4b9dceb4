/** At or below this many left, the product page warns "only a few left" (and JSON-LD says LimitedAvailability). */
export const LOW_STOCK = 5;

export type StockLevel = "in-stock" | "low" | "sold-out";

/** The three states a shopper sees; a cached page changes only when stock crosses one of them. */
export function stockLevel(stock: number): StockLevel {
  if (stock < 1) return "sold-out";
  return stock <= LOW_STOCK ? "low" : "in-stock";
}
