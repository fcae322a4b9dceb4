/**
 * The site's public origin (NEXTAUTH_URL, default as in lib/env.ts): what canonical URLs, the
 * sitemap, robots.txt and JSON-LD are built on. Read from the environment itself, not lib/env.ts,
 * because robots.txt and the manifest are prerendered by `next build`, which needs no database.
 */
export function siteUrl(): URL {
  return new URL("/", process.env.NEXTAUTH_URL ?? "http://localhost:3000");
}
