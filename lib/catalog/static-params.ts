import "server-only";
import { db } from "@/lib/db/client";
import { categoryTypes } from "./category-types";
import { newestFirst, visibleProduct } from "./visibility";

// What `next build` prerenders ahead; every other product, shop or list page is rendered on its
// first visit and kept from then on. A route needs at least one sample to be built static, so an
// empty catalogue yields a placeholder that renders as the 404 page.
const PLACEHOLDER = "_";
const PRODUCTS_AHEAD = 48;

const orPlaceholder = <T>(list: T[], placeholder: T): T[] => (list.length > 0 ? list : [placeholder]);

export async function productParams() {
  const products = await db.product.findMany({
    where: visibleProduct,
    orderBy: newestFirst,
    take: PRODUCTS_AHEAD,
    select: { id: true },
  });
  return orPlaceholder(products, { id: PLACEHOLDER });
}

export async function categoryParams() {
  const categories = await db.category.findMany({ select: { slug: true } });
  return orPlaceholder(categories, { slug: PLACEHOLDER });
}

export async function shopParams() {
  const shops = await db.shop.findMany({ where: { status: "ACTIVE" }, select: { slug: true } });
  return orPlaceholder(shops, { slug: PLACEHOLDER });
}

/** Each category's type lists (bracelets, necklaces…), from the fixed list of types. */
export function categoryTypeParams() {
  return orPlaceholder(
    categoryTypes().map(({ categorySlug, type }) => ({ slug: categorySlug, type: type.key })),
    { slug: PLACEHOLDER, type: PLACEHOLDER },
  );
}

/**
 * One list's second page: enough to build the route static. Most lists have no second page, so
 * prerendering one per list only built 404s (about 150 of the build's pages); every real second
 * page is rendered on its first visit and kept from then on, like products beyond the newest.
 */
export const secondPage = <T extends object>(params: T[]) =>
  params.slice(0, 1).map((param) => ({ ...param, page: "2" }));
