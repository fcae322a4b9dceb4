import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** Buyers see a product only while it and its shop are both active; everything else is a 404 to them. */
export const visibleProduct = {
  status: "ACTIVE",
  shop: { status: "ACTIVE" },
} as const satisfies Prisma.ProductWhereInput;

/** The same rule for SQL that aliases Product as `p` and Shop as `s` (the search). */
export const visibleProductSql = Prisma.sql`p."status" = 'ACTIVE' AND s."status" = 'ACTIVE'`;

/** What a product card needs: both titles (the page picks one), the price, stock and the first photo. */
export const productCardSelect = {
  id: true,
  titleZh: true,
  titleEn: true,
  priceFen: true,
  stock: true,
  unit: true,
  shop: { select: { slug: true, nameZh: true, nameEn: true } },
  images: {
    select: { id: true, width: true, height: true },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    take: 1,
  },
} as const satisfies Prisma.ProductSelect;

export type ProductCardData = Prisma.ProductGetPayload<{ select: typeof productCardSelect }>;

// Newest first; the id breaks ties so pages never repeat or skip a product.
export const newestFirst = [
  { createdAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.ProductOrderByWithRelationInput[];
