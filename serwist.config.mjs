// @ts-check
// `serwist build` (after `next build`): bundles pwa/sw.ts into public/sw.js with the precache list.
// Serwist's configurator mode, which works with Turbopack builds (@serwist/next's plugin is webpack-only).
import { readFileSync } from "node:fs";
import path from "node:path";
import { serwist } from "@serwist/next/config";

export default serwist.withNextConfig((nextConfig) => {
  const distDir = nextConfig.distDir.replace(/\/$/, "");
  // The offline page is rendered by the server, so it changes whenever the build does.
  const buildId = readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  return {
    swSrc: "pwa/sw.ts",
    swDest: "public/sw.js",
    // Precached at install: only the stylesheet (so the offline page and kept pages are styled), the
    // icons and the offline page. Scripts are kept as pages use them, not all up front: a buyer on a
    // metered phone should not download the seller centre's and the admin's code.
    globPatterns: [`${distDir}/static/**/*.css`, "public/icons/icon-192.png"],
    precachePrerendered: false,
    // The offline page in both languages (lib/pwa/routes.ts OFFLINE_PAGES).
    additionalPrecacheEntries: ["/zh-CN/offline", "/en/offline"].map((url) => ({ url, revision: buildId })),
  };
});
