import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { visibleProduct } from "./visibility";

/** One product as a buyer sees it; null (a 404) unless the product and its shop are active. Cached per request, so the page and its metadata share one read. */
export const getProduct = cache(async (id: string) => {
  if (id.length > 64) return null;
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
