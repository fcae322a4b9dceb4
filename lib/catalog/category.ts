import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import { parseRouteText } from "@/lib/validation/text";
import { catalogTag } from "./cache-tags";
import type { CategoryType } from "./category-types";
import { newestFirst, productCardSelect, visibleProduct } from "./visibility";

export const CATEGORY_PAGE_SIZE = 24;

/** A category's products (optionally of one type, such as bracelets), newest first, one page at a time; null when there is no such category. Cached until a write expires its tags. */
export async function getCategoryPage(slug: string, page: number, type?: CategoryType) {
  "use cache";
  cacheLife("catalog");
  cacheTag(catalogTag.all);
  if (parseRouteText(slug) === null) return null;
  const category = await db.category.findUnique({
    where: { slug },
    select: { id: true, slug: true, kind: true, nameZh: true, nameEn: true },
  });
  if (!category) return null;
  // Filtering by category and status, ordered by createdAt, follows the (categoryId, status, createdAt) index.
  const titleHasWord = type?.words.flatMap((word) => [
    { titleZh: { contains: word, mode: "insensitive" as const } },
    { titleEn: { contains: word, mode: "insensitive" as const } },
  ]);
  const where = { categoryId: category.id, ...visibleProduct, ...(titleHasWord ? { OR: titleHasWord } : {}) };
  const [total, products] = await Promise.all([
    db.product.count({ where }),
    db.product.findMany({
      where,
      orderBy: newestFirst,
      skip: (page - 1) * CATEGORY_PAGE_SIZE,
      take: CATEGORY_PAGE_SIZE,
      select: productCardSelect,
    }),
  ]);
  cacheTag(catalogTag.category(category.id), ...products.map((product) => catalogTag.card(product.id)));
  return { category, products, total, pageCount: Math.max(1, Math.ceil(total / CATEGORY_PAGE_SIZE)) };
}
