import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { BODY_LIMIT_BYTES, UPLOAD_BODY_LIMIT_BYTES } from "./lib/http/body-limits";
import { securityHeaderRules } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // `npm test` type-checks the whole tree (tsc) before it builds for the journeys and says so with
  // this variable; every other build, `npm start`'s included, checks types itself.
  typescript: { ignoreBuildErrors: process.env.XY_TYPES_CHECKED === "1" },
  // Native and WASM packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "sharp", "pg", "@electric-sql/pglite"],
  // Storefront pages are prerendered and served from the cache; catalog reads are `"use cache"` with
  // tags that the writes changing them expire (lib/catalog/cache-tags.ts).
  cacheComponents: true,
  // Product, shop and category URLs not known at build are rendered whole on their first visit and
  // cached from then on (a shell with a fallback would show search engines an empty page).
  partialPrefetching: false,
  cacheLife: {
    // A missed invalidation still heals within ten minutes; an entry never outlives a day.
    catalog: { stale: 60, revalidate: 600, expire: 86_400 },
    // Search results (lib/catalog/search.ts): a product that newly matches a query shows within a minute.
    search: { stale: 30, revalidate: 60, expire: 600 },
  },
  experimental: {
    globalNotFound: true,
    // Pages rendered after the build (products beyond the newest, every search, every page number)
    // stay in the in-memory cache (an LRU of cacheMaxMemorySize, 50 MB): anyone can ask for a new
    // search, and written to disk each would grow .next without bound. The build's pages stay on disk.
    // Next also turns its photo cache off with this flag: patches/next+16.4.5.patch keeps it on disk
    // (bounded by images.maximumDiskCacheSize), or every visit would encode each photo again.
    isrFlushToDisk: false,
    // The stylesheet (Tailwind's, about 11 kB compressed) goes inside each page's <head>: a first
    // visit on a phone paints without waiting a round trip for it (CSP allows inline styles).
    inlineCss: true,
    // Only a product save (6 photos of 10 MB and a voice note) is this large; proxy.ts refuses every
    // other body over 1 MB from its Content-Length, and Next buffers at most that much for the proxy.
    serverActions: { bodySizeLimit: UPLOAD_BODY_LIMIT_BYTES },
    proxyClientMaxBodySize: BODY_LIMIT_BYTES,
  },
  poweredByHeader: false,
  // Behind the nginx front (scripts/lib/front/), which compresses once and caches the copy, `npm
  // start` and the tests set NEXT_COMPRESS=off; serving directly, Next compresses every answer.
  compress: process.env.NEXT_COMPRESS !== "off",
  images: {
    // Product photos come from our own route (stored at most 1200 px wide); only it may be resized.
    localPatterns: [{ pathname: "/images/**" }],
    formats: ["image/avif", "image/webp"],
    deviceSizes: [360, 480, 640, 828, 1080, 1200],
    imageSizes: [96, 160, 256],
    // A photo's URL names one stored version: it never changes, so its resized copies need not either.
    minimumCacheTTL: 31_536_000,
    // The resized copies on disk (.next/cache/images), least recently shown dropped first: about
    // 10 kB a copy, so room for some 50,000 (Next's default is half the free disk).
    maximumDiskCacheSize: 512 * 1024 * 1024,
  },
  // Lets several dev servers (one per developer area) share this folder without sharing a build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Fixed at build time from the environment the build runs in (`npm start` and the tests build with theirs).
  async headers() {
    return securityHeaderRules({
      siteUrl: process.env.NEXTAUTH_URL,
      stripeApiUrl: process.env.STRIPE_API_URL,
    });
  },
};

export default withNextIntl(nextConfig);
