import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { siteUrl } from "@/lib/seo/site";
import { sitemapIds, sitemapPart } from "@/lib/seo/sitemap";

// Served as /sitemap/0.xml, /sitemap/1.xml, …; /sitemap_index.xml is their index (app/sitemap_index.xml/route.ts; Next keeps
// /sitemap.xml for this file even when it comes in parts).
export async function generateSitemaps() {
  return (await sitemapIds()).map((id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  // Read at request time: a product listed or hidden a minute ago is already in or out.
  await connection();
  return sitemapPart(siteUrl(), Number(await id));
}
