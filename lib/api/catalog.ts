import "server-only";
import type { z } from "zod";
import { getHomeData } from "@/lib/catalog/home";
import { getProduct } from "@/lib/catalog/product";
import { searchCatalog } from "@/lib/catalog/search";
import { type ProductCardData, productCardSelect, visibleProduct } from "@/lib/catalog/visibility";
import { db } from "@/lib/db/client";
import { after, newestFirst, type Position, page } from "./cursor";
import type {
  categoryListSchema,
  productCardSchema,
  productDetailSchema,
  productListQuery,
  productListSchema,
  searchQuery,
  searchResultSchema,
  shopListSchema,
  shopSchema,
} from "./schemas/catalog";
import { fen, iso } from "./schemas/common";

// The public catalog: what a buyer sees on the storefront (active products of open shops), read
// through lib/catalog where it has the read, in the API's shapes.

const imageUrl = (id: string) => `/images/${id}`;

export function productCard(card: ProductCardData): z.input<typeof productCardSchema> {
  const photo = card.images[0];
  return {
    id: card.id,
    titleZh: card.titleZh,
    titleEn: card.titleEn,
    price: fen(card.priceFen),
    stock: card.stock,
    unit: card.unit,
    shop: { slug: card.shop.slug, nameZh: card.shop.nameZh, nameEn: card.shop.nameEn },
    imageUrl: photo ? imageUrl(photo.id) : null,
  };
}

export async function listCategories(): Promise<z.input<typeof categoryListSchema>> {
  const { categories } = await getHomeData();
  return {
    data: categories.map(({ slug, kind, nameZh, nameEn, productCount }) => ({
      slug,
      kind,
      nameZh,
      nameEn,
      productCount,
    })),
  };
}

export async function listProducts(
  query: z.output<typeof productListQuery>,
  from: Position | undefined,
): Promise<z.input<typeof productListSchema>> {
  const rows = await db.product.findMany({
    where: {
      ...visibleProduct,
      ...(query.category ? { category: { slug: query.category } } : {}),
      ...(query.shop ? { shop: { slug: query.shop, status: "ACTIVE" } } : {}),
      ...after(from),
    },
    orderBy: [...newestFirst],
    take: query.limit + 1,
    select: { ...productCardSelect, createdAt: true },
  });
  const { rows: shown, nextCursor } = page(rows, query.limit);
  return { data: shown.map(productCard), nextCursor };
}

export async function productDetail(id: string): Promise<z.input<typeof productDetailSchema> | null> {
  const product = await getProduct(id);
  if (!product) return null;
  return {
    id: product.id,
    titleZh: product.titleZh,
    titleEn: product.titleEn,
    descriptionZh: product.descriptionZh,
    descriptionEn: product.descriptionEn,
    price: fen(product.priceFen),
    stock: product.stock,
    unit: product.unit,
    category: product.category,
    shop: { slug: product.shop.slug, nameZh: product.shop.nameZh, nameEn: product.shop.nameEn },
    images: product.images.map((image) => ({
      url: imageUrl(image.id),
      width: image.width,
      height: image.height,
    })),
    voiceNote: product.voiceNote
      ? { url: `/voice/${product.voiceNote.id}`, durationMs: product.voiceNote.durationMs }
      : null,
  };
}

const shopSelect = {
  id: true,
  slug: true,
  nameZh: true,
  nameEn: true,
  storyZh: true,
  storyEn: true,
  createdAt: true,
} as const;

function shopOut(shop: {
  slug: string;
  nameZh: string;
  nameEn: string;
  storyZh: string;
  storyEn: string;
  createdAt: Date;
}) {
  return {
    slug: shop.slug,
    nameZh: shop.nameZh,
    nameEn: shop.nameEn,
    storyZh: shop.storyZh,
    storyEn: shop.storyEn,
    createdAt: iso(shop.createdAt),
  } satisfies z.input<typeof shopSchema>;
}

export async function listShops(
  limit: number,
  from: Position | undefined,
): Promise<z.input<typeof shopListSchema>> {
  const rows = await db.shop.findMany({
    where: { status: "ACTIVE", ...after(from) },
    orderBy: [...newestFirst],
    take: limit + 1,
    select: shopSelect,
  });
  const { rows: shown, nextCursor } = page(rows, limit);
  return { data: shown.map(shopOut), nextCursor };
}

export async function shopBySlug(slug: string): Promise<z.input<typeof shopSchema> | null> {
  const shop = await db.shop.findFirst({ where: { slug, status: "ACTIVE" }, select: shopSelect });
  return shop ? shopOut(shop) : null;
}

/** The storefront's search (lib/catalog/search.ts); the cursor carries the page number. */
export async function search(
  query: z.output<typeof searchQuery>,
  pageNumber: number,
): Promise<z.input<typeof searchResultSchema>> {
  let { minFen, maxFen } = query;
  if (minFen !== undefined && maxFen !== undefined && minFen > maxFen) [minFen, maxFen] = [maxFen, minFen];
  const result = await searchCatalog({
    q: query.q ?? "",
    filters: Object.fromEntries(
      Object.entries({
        category: query.category,
        shop: query.shop,
        kind: query.kind,
        minFen,
        maxFen,
        inStock: query.inStock === "true" || undefined,
      }).filter(([, value]) => value !== undefined),
    ),
    sort: query.sort,
    page: pageNumber,
  });
  return {
    data: result.products.map(productCard),
    shops: result.shops.map(({ slug, nameZh, nameEn }) => ({ slug, nameZh, nameEn })),
    total: result.total,
    capped: result.capped,
    nextCursor: result.page < result.pageCount ? encodePageCursor(result.page + 1) : null,
  };
}

// A search's next page is a page number (the ranking is not a keyset), kept opaque all the same.
export const encodePageCursor = (pageNumber: number) =>
  Buffer.from(`page:${pageNumber}`).toString("base64url");

export function decodePageCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(cursor)) return null;
  const match = /^page:(\d{1,4})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  const pageNumber = match ? Number(match[1]) : Number.NaN;
  return pageNumber >= 1 ? pageNumber : null;
}
