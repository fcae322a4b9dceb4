import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

const firstPhoto = {
  select: { id: true },
  orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
  take: 1,
} satisfies Prisma.Product$imagesArgs;

export const SELLER_PRODUCTS_PAGE_SIZE = 24;

/** The seller's own products, newest first, whatever their status, a page at a time. */
export async function listOwnProducts(ownerId: string, page = 1) {
  const where = { shop: { ownerId } };
  const [total, products] = await Promise.all([
    db.product.count({ where }),
    db.product.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SELLER_PRODUCTS_PAGE_SIZE,
      take: SELLER_PRODUCTS_PAGE_SIZE,
      select: {
        id: true,
        titleZh: true,
        titleEn: true,
        priceFen: true,
        stock: true,
        unit: true,
        status: true,
        images: firstPhoto,
      },
    }),
  ]);
  return { total, products, pageCount: Math.max(1, Math.ceil(total / SELLER_PRODUCTS_PAGE_SIZE)) };
}

export type OwnProductRow = Awaited<ReturnType<typeof listOwnProducts>>["products"][number];

/** One of the seller's own products for the edit form; null for anyone else's (the page says 404). */
export async function getOwnProduct(ownerId: string, productId: string) {
  if (productId.length > 40) return null;
  return db.product.findFirst({
    where: { id: productId, shop: { ownerId } },
    select: {
      id: true,
      titleZh: true,
      titleEn: true,
      descriptionZh: true,
      descriptionEn: true,
      categoryId: true,
      priceFen: true,
      stock: true,
      unit: true,
      status: true,
      images: { select: { id: true }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] },
      voiceNote: { select: { id: true, durationMs: true } },
    },
  });
}

export type OwnProduct = NonNullable<Awaited<ReturnType<typeof getOwnProduct>>>;
