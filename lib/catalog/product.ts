import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import { parseRouteText } from "@/lib/validation/text";
import { catalogTag } from "./cache-tags";
import { visibleProduct } from "./visibility";

/** One product as a buyer sees it; null (a 404) unless the product and its shop are active. Cached until a write expires its tag. */
export async function getProduct(id: string) {
  "use cache";
  cacheLife("catalog");
  cacheTag(catalogTag.all, catalogTag.product(id));
  // An id from the URL: odd bytes (NUL, control characters) are a 404, never a database error.
  if (parseRouteText(id) === null) return null;
  return db.product.findFirst({
    where: { id, ...visibleProduct },
    select: {
      id: true,
      titleZh: true,
      titleEn: true,
      descriptionZh: true,
      descriptionEn: true,
      priceFen: true,
      stock: true,
      unit: true,
      category: { select: { slug: true, nameZh: true, nameEn: true } },
      shop: { select: { slug: true, nameZh: true, nameEn: true, storyZh: true, storyEn: true } },
      images: {
        select: { id: true, width: true, height: true },
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      },
      voiceNote: { select: { id: true, durationMs: true } },
    },
  });
}

export type ProductDetail = NonNullable<Awaited<ReturnType<typeof getProduct>>>;
