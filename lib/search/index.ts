// The search interface. The PostgreSQL engine (./postgres) is the one this village needs; a large
// deployment can put OpenSearch (IK and pinyin analysers) behind the same four arguments: see README.

export const SEARCH_SORTS = ["relevance", "newest", "price_asc", "price_desc", "best_selling"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export const PRODUCT_KINDS = ["CRAFTS", "AGRICULTURE"] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export type SearchFilters = {
  category?: string; // slug
  shop?: string; // slug
  kind?: ProductKind;
  minFen?: number;
  maxFen?: number;
  inStock?: boolean;
};

export const SEARCH_PAGE_SIZE = 24;
export const SHOP_HITS = 4;

export type SearchResult = {
  /** Visible products of open shops, best first; the caller loads what it shows. */
  productIds: string[];
  /** Matches counted, at most the engine's cap; `capped` when there are more. */
  total: number;
  capped: boolean;
  page: number;
  pageCount: number;
  /** Open shops whose name matches (first page only). */
  shopIds: string[];
};

export interface SearchEngine {
  /** Any query text is accepted: the engine bounds and cleans it. An empty query lists by the filters. */
  search(query: string, filters: SearchFilters, sort: SearchSort, page: number): Promise<SearchResult>;
}
