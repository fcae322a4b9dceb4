// First-load JavaScript of each storefront route, gzipped, printed after `next build` (`npm run build`
// runs it). A route's first load is what Next writes into its HTML: the root main files of
// build-manifest.json plus the chunks of the route's layouts, boundaries and page (entryJSFiles of its
// client reference manifest). The polyfills are left out: they are a `noModule` script, which the
// browsers that run the app's modules neither download nor run.
// Usage: npx tsx scripts/bench/first-load.ts [distDir]
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { formatTable } from "./table";

/** Issue 7's target for storefront pages. */
const TARGET_KB = 120;

/** The storefront routes, as app entries (the bench's routes, plus search). */
const ROUTES = [
  { name: "home", entry: "/[locale]/page" },
  { name: "category", entry: "/[locale]/c/[slug]/page" },
  { name: "product", entry: "/[locale]/p/[id]/page" },
  { name: "shop", entry: "/[locale]/s/[slug]/page" },
  // What buyers are served: the proxy rewrites every search but over-long ones to its cache key.
  { name: "search", entry: "/[locale]/search/[query]/page" },
  { name: "cart", entry: "/[locale]/cart/page" },
];

type BuildManifest = { rootMainFiles: string[]; polyfillFiles: string[] };
type ClientManifest = { entryJSFiles?: Record<string, string[]> };

function routeChunks(distDir: string, entry: string): string[] {
  const file = join(distDir, "server", "app", `${entry}_client-reference-manifest.js`);
  // The manifest is a script that assigns into globalThis.__RSC_MANIFEST: run it in a context of its own.
  const context = createContext({}) as { __RSC_MANIFEST?: Record<string, ClientManifest> };
  runInContext(readFileSync(file, "utf8"), context);
  return Object.values(context.__RSC_MANIFEST?.[entry]?.entryJSFiles ?? {}).flat();
}

const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

export function firstLoadReport(distDir: string) {
  const build = JSON.parse(readFileSync(join(distDir, "build-manifest.json"), "utf8")) as BuildManifest;
  const polyfills = new Set(build.polyfillFiles);
  const sizes = new Map<string, number>();
  const sizeOf = (chunk: string) => {
    if (!sizes.has(chunk)) sizes.set(chunk, gzipKb(join(distDir, chunk)));
    return sizes.get(chunk)!;
  };
  const shared = build.rootMainFiles.filter((chunk) => !polyfills.has(chunk));
  const sharedKb = shared.reduce((sum, chunk) => sum + sizeOf(chunk), 0);
  return {
    sharedKb,
    routes: ROUTES.map(({ name, entry }) => {
      const own = [...new Set(routeChunks(distDir, entry))].filter(
        (chunk) => !polyfills.has(chunk) && !shared.includes(chunk),
      );
      const ownKb = own.reduce((sum, chunk) => sum + sizeOf(chunk), 0);
      return { name, entry, chunks: shared.length + own.length, ownKb, totalKb: sharedKb + ownKb };
    }),
  };
}

function main() {
  const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(join(distDir, "build-manifest.json"))) {
    console.log(`First-load JS: no build in ${distDir}`);
    return;
  }
  const report = firstLoadReport(distDir);
  const rows = report.routes.map((route) => [
    route.name,
    route.entry,
    route.ownKb.toFixed(1),
    route.totalKb.toFixed(1),
    String(route.chunks),
    route.totalKb <= TARGET_KB ? "yes" : "no",
  ]);
  console.log(
    `\nFirst-load JS per storefront route, gzipped (level 9), polyfills (noModule) apart; ` +
      `shared by all: ${report.sharedKb.toFixed(1)} kB. Target ≤ ${TARGET_KB} kB.\n`,
  );
  console.log(formatTable(["route", "entry", "own kB", "total kB", "chunks", "met"], rows));
}

main();
