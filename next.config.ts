import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Native and WASM packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "sharp", "pg", "@electric-sql/pglite"],
  // A product save carries up to 6 photos of 10 MB (the form shrinks them first when the browser can).
  experimental: { serverActions: { bodySizeLimit: "64mb" } },
  poweredByHeader: false,
  // Lets several dev servers (one per developer area) share this folder without sharing a build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default withNextIntl(nextConfig);
