import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { parseRouteText } from "@/lib/validation/text";
import { visibleProduct } from "./visibility";

/** One product as a buyer sees it; null (a 404) unless the product and its shop are active. Cached per request, so the page and its metadata share one read. */
export const getProduct = cache(async (id: string) => {
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
});

export type ProductDetail = NonNullable<Awaited<ReturnType<typeof getProduct>>>;
