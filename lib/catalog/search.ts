import "server-only";
import { db } from "@/lib/db/client";
import { newestFirst, productCardSelect, visibleProduct } from "./visibility";

const SEARCH_LIMIT = 48;

/** Products whose title (in either language) contains the words typed; empty for an empty query. */
export async function searchProducts(query: string) {
  const text = query.trim().slice(0, 50);
  if (!text) return [];
  return db.product.findMany({
    where: {
      ...visibleProduct,
      OR: [
        { titleZh: { contains: text, mode: "insensitive" } },
        { titleEn: { contains: text, mode: "insensitive" } },
      ],
    },
    orderBy: newestFirst,
    take: SEARCH_LIMIT,
    select: productCardSelect,
  });
}
