import "server-only";
import { env } from "@/lib/env";

/** The site's public origin (NEXTAUTH_URL): what canonical URLs, the sitemap and JSON-LD are built on. */
export function siteUrl(): URL {
  return new URL("/", env.NEXTAUTH_URL);
}
