import "server-only";
import { db } from "@/lib/db/client";
import { hasForbiddenCharacters } from "@/lib/validation/text";
import { newestFirst, productCardSelect, visibleProduct } from "./visibility";

const SEARCH_LIMIT = 48;
export const SEARCH_MAX = 50;

/**
 * Prisma's `contains` becomes `LIKE '%…%'` without escaping, so a typed `%` or `_` would match every
 * title. PostgreSQL's default LIKE escape is the backslash: escape it first, then the two wildcards.
 */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The search text as typed, trimmed and cut to SEARCH_MAX; empty when it holds control characters. */
export function normalizeSearchQuery(query: string | string[] | undefined): string {
  const text = (Array.isArray(query) ? query[0] : query)?.trim().slice(0, SEARCH_MAX) ?? "";
  return hasForbiddenCharacters(text) ? "" : text;
}

/** Products whose title (in either language) contains the words typed; empty for an empty query. */
export async function searchProducts(query: string) {
  const text = normalizeSearchQuery(query);
  if (!text) return [];
  const pattern = escapeLikePattern(text);
  return db.product.findMany({
    where: {
      ...visibleProduct,
      OR: [
        { titleZh: { contains: pattern, mode: "insensitive" } },
        { titleEn: { contains: pattern, mode: "insensitive" } },
      ],
    },
    orderBy: newestFirst,
    take: SEARCH_LIMIT,
    select: productCardSelect,
  });
}
