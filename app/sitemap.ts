import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { siteUrl } from "@/lib/seo/site";
import { sitemapIds, sitemapPart } from "@/lib/seo/sitemap";

// Served as /sitemap/0.xml, /sitemap/1.xml, …; /sitemap.xml is their index (app/sitemap.xml/route.ts).
export async function generateSitemaps() {
  return (await sitemapIds()).map((id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  // Read at request time: a product listed or hidden a minute ago is already in or out.
  await connection();
  return sitemapPart(siteUrl(), Number(await id));
}
