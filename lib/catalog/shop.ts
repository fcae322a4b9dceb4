import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import { parseRouteText } from "@/lib/validation/text";
import { catalogTag } from "./cache-tags";
import { newestFirst, productCardSelect, visibleProduct } from "./visibility";

export const SHOP_PAGE_SIZE = 24;

/** An active shop's story and its products, newest first; null for unknown, pending or suspended shops. Cached until a write expires its tags. */
export async function getShopPage(slug: string, page: number) {
  "use cache";
  cacheLife("catalog");
  cacheTag(catalogTag.all);
  if (parseRouteText(slug) === null) return null;
  const shop = await db.shop.findFirst({
    where: { slug, status: "ACTIVE" },
    select: {
      id: true,
      slug: true,
      nameZh: true,
      nameEn: true,
      storyZh: true,
      storyEn: true,
      createdAt: true,
      village: { select: { nameZh: true, nameEn: true, countyZh: true, countyEn: true } },
    },
  });
  if (!shop) return null;
  const where = { shopId: shop.id, ...visibleProduct };
  const [total, products] = await Promise.all([
    db.product.count({ where }),
    db.product.findMany({
      where,
      orderBy: newestFirst,
      skip: (page - 1) * SHOP_PAGE_SIZE,
      take: SHOP_PAGE_SIZE,
      select: productCardSelect,
    }),
  ]);
  cacheTag(catalogTag.shop(shop.id), ...products.map((product) => catalogTag.card(product.id)));
  return { shop, products, total, pageCount: Math.max(1, Math.ceil(total / SHOP_PAGE_SIZE)) };
}
