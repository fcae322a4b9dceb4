// First-load JavaScript of each storefront route, gzipped, printed after `next build` (`npm run build`
// runs it). A route's first load is what Next writes into its HTML: the root main files of
// build-manifest.json plus the chunks of the route's layouts, boundaries and page (entryJSFiles of its
// client reference manifest). The polyfills are left out: they are a `noModule` script, which the
// browsers that run the app's modules neither download nor run. Checked against Chromium (Playwright,
// bytes of every script a page loads until its load event): the same chunks and kilobytes. Links'
// prefetches load other routes' chunks after that; they are not counted here.
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

/** The chunks of a route, or undefined when its manifest does not list them (webpack builds do not). */
function routeChunks(distDir: string, entry: string): string[] | undefined {
  const file = join(distDir, "server", "app", `${entry}_client-reference-manifest.js`);
  // The manifest is a script that assigns into globalThis.__RSC_MANIFEST: run it in a context of its own.
  const context = createContext({}) as { __RSC_MANIFEST?: Record<string, ClientManifest> };
  runInContext(readFileSync(file, "utf8"), context);
  const entryJSFiles = context.__RSC_MANIFEST?.[entry]?.entryJSFiles;
  return entryJSFiles && Object.values(entryJSFiles).flat();
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
    shared: shared.map((chunk) => ({ chunk, kb: sizeOf(chunk) })),
    routes: ROUTES.map(({ name, entry }) => {
      const chunks = routeChunks(distDir, entry);
      if (!chunks) return { name, entry, chunks: undefined, ownKb: undefined, totalKb: undefined };
      const own = [...new Set(chunks)].filter((chunk) => !polyfills.has(chunk) && !shared.includes(chunk));
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
    route.ownKb?.toFixed(1) ?? "?",
    route.totalKb?.toFixed(1) ?? "?",
    String(route.chunks ?? "?"),
    route.totalKb === undefined ? "?" : route.totalKb <= TARGET_KB ? "yes" : "no",
  ]);
  console.log(
    `\nFirst-load JS per storefront route, gzipped (level 9), polyfills (noModule) apart; ` +
      `shared by all: ${report.sharedKb.toFixed(1)} kB. Target ≤ ${TARGET_KB} kB.\n`,
  );
  console.log(formatTable(["route", "entry", "route kB", "total kB", "chunks", "met"], rows));
  if (report.routes.some((route) => route.totalKb === undefined)) {
    console.log("\n? = the route's client reference manifest lists no entryJSFiles (not a Turbopack build).");
  }
  // Next's and React's runtime, which no storefront change can shrink (README, "First-load JavaScript").
  console.log(
    `\nShared chunks:\n${formatTable(
      ["chunk", "kB"],
      report.shared.map(({ chunk, kb }) => [chunk, kb.toFixed(1)]),
    )}`,
  );
}

main();
