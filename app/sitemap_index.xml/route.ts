import { connection } from "next/server";
import { siteUrl } from "@/lib/seo/site";
import { sitemapIndexXml } from "@/lib/seo/sitemap";

// The index of app/sitemap.ts's parts (Next serves those at /sitemap/<id>.xml and makes no index itself).
export async function GET() {
  await connection();
  return new Response(await sitemapIndexXml(siteUrl()), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
