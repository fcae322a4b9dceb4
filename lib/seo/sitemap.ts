import "server-only";
import type { MetadataRoute } from "next";
import { visibleProduct } from "@/lib/catalog/visibility";
import { db } from "@/lib/db/client";
import { absoluteUrl } from "./metadata";
import { PAGES_PER_SITEMAP, pageEntries } from "./sitemap-entries";

/**
 * The sitemap comes in parts: part 0 holds the home page, the categories and the open shops; parts 1…n
 * hold the visible products, PAGES_PER_SITEMAP each, in id order. So a catalogue of any size stays
 * within Google's 50,000 URLs per file.
 */
export async function sitemapIds(pageSize = PAGES_PER_SITEMAP): Promise<number[]> {
  const products = await db.product.count({ where: visibleProduct });
  const productParts = Math.ceil(products / pageSize);
  return Array.from({ length: productParts + 1 }, (_, id) => id);
}

export async function sitemapPart(
  site: URL,
  id: number,
  pageSize = PAGES_PER_SITEMAP,
): Promise<MetadataRoute.Sitemap> {
  if (!Number.isSafeInteger(id) || id < 0) return [];
  if (id === 0) return storeEntries(site);
  const products = await db.product.findMany({
    where: visibleProduct,
    select: { id: true, updatedAt: true },
    orderBy: { id: "asc" },
    skip: (id - 1) * pageSize,
    take: pageSize,
  });
  return products.flatMap((product) => pageEntries(site, `/p/${product.id}`, product.updatedAt));
}

async function storeEntries(site: URL): Promise<MetadataRoute.Sitemap> {
  const [categories, shops] = await Promise.all([
    db.category.findMany({ select: { slug: true }, orderBy: [{ sortOrder: "asc" }, { slug: "asc" }] }),
    db.shop.findMany({
      where: { status: "ACTIVE" },
      select: { slug: true, approvedAt: true, createdAt: true },
      orderBy: { slug: "asc" },
    }),
  ]);
  return [
    ...pageEntries(site, "/"),
    ...categories.flatMap((category) => pageEntries(site, `/c/${category.slug}`)),
    ...shops.flatMap((shop) => pageEntries(site, `/s/${shop.slug}`, shop.approvedAt ?? shop.createdAt)),
  ];
}

/** The sitemap index robots.txt names: one <sitemap> per part. */
export async function sitemapIndexXml(site: URL): Promise<string> {
  const parts = (await sitemapIds()).map(
    (id) => `<sitemap><loc>${absoluteUrl(site, `/sitemap/${id}.xml`)}</loc></sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join("\n")}\n</sitemapindex>\n`;
}
