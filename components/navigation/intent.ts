/**
 * The props that make a link prefetch when a buyer reaches for it, not when it scrolls into view
 * (./prefetch-on-intent.tsx does the prefetching). A plain module, not a client one, so server
 * components read the object itself rather than a client reference.
 */
export const PREFETCH_ON_INTENT = { prefetch: false, "data-prefetch": "intent" } as const;
