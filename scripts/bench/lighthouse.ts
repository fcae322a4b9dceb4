// `npm run lighthouse`: Lighthouse mobile (its default: a mid-range phone on a throttled network,
// simulated) on Debian's Chromium against the production server the benchmark uses, for the
// storefront pages of scripts/bench/routes.ts; plus each page's first-load JavaScript, gzipped as it
// travels. Writes .bench/lighthouse.json, and each page's kept report as .bench/lighthouse-<page>.json.
// Usage: npm run lighthouse -- [--runs=1] [--prefix=] [options]
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags, type Result } from "lighthouse";
import { CHROMIUM_PATH, ensureChromium } from "../lib/chromium";
import { parseOptions, positiveInteger } from "./options";
import { resolveRoutes } from "./routes";
import { BENCH_DIR, withBenchServer } from "./server";
import { formatTable, median } from "./table";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/** Issue 7's targets. */
const TARGETS = { score: 100, lcpMs: 1500, jsKb: 120 };
const LANGUAGE = "zh-CN";
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  `--lang=${LANGUAGE}`,
];

type PageReport = {
  name: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that cost points, per category: what to fix first. */
  missed: string[];
  /** Lighthouse's measure of this machine's CPU at the time (a quiet desktop scores over 1000). */
  benchmarkIndex: number;
  jsKbGzip: number;
  scripts: number;
  inlineScriptKbGzip: number;
};

const gzipKb = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length / 1024;

/**
 * What a first visit downloads in JavaScript: every external script of the server-rendered HTML
 * (Next puts each initial chunk there), fetched and gzipped one by one as a server would send them.
 * Next's polyfills are a `noModule` script, which a browser that runs modules (every one the app
 * supports) neither downloads nor runs: not counted. The inline scripts (mostly the React Server
 * Components payload) are counted apart.
 */
async function firstLoadJs(url: string) {
  const html = await (await fetch(url, { headers: { "accept-language": LANGUAGE } })).text();
  const sources = new Set(
    [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)]
      .filter((match) => !/\bnomodule\b/i.test(`${match[1]} ${match[3]}`))
      .map((match) => match[2]!.replaceAll("&amp;", "&")),
  );
  let jsKbGzip = 0;
  for (const source of sources) {
    const response = await fetch(new URL(source, url));
    if (!response.ok) throw new Error(`${source} answered ${response.status}`);
    jsKbGzip += gzipKb(Buffer.from(await response.arrayBuffer()));
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1])
    .join("");
  return { jsKbGzip, scripts: sources.size, inlineScriptKbGzip: gzipKb(inline) };
}

function figures(
  lhr: Result,
): Omit<PageReport, "name" | "path" | "jsKbGzip" | "scripts" | "inlineScriptKbGzip"> {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as PageReport["scores"];
  const missed = CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${id}:${ref.id}`),
  );
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    scores,
    lcpMs: value("largest-contentful-paint"),
    tbtMs: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    missed,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/**
 * One audit in a browser of its own: a second navigation in the same Chromium loses the trace's
 * navigation start (NO_NAVSTART) with Lighthouse 12 on Debian's current Chromium.
 */
async function audit(url: string): Promise<Result> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });
  try {
    const flags: Flags = {
      port: chrome.port,
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      // The unprefixed URLs choose their language from the browser's; the prefixed ones ignore it.
      extraHeaders: { "Accept-Language": LANGUAGE },
    };
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

async function main() {
  const {
    prefix,
    server: serverOptions,
    values,
  } = parseOptions(
    { runs: { type: "string", default: "1" } },
    "npm run lighthouse -- [--runs=1] [options]   (several runs: the run of median performance is kept)",
  );
  const runs = positiveInteger("runs", String(values.runs));
  ensureChromium();

  await withBenchServer(serverOptions, async (server) => {
    const pages = (await resolveRoutes(server.databaseUrl, prefix)).filter((route) => route.lighthouse);
    const reports: PageReport[] = [];
    for (const page of pages) {
      const url = server.baseUrl + page.path;
      const results = [];
      for (let run = 0; run < runs; run++) {
        const lhr = await audit(url);
        results.push({ lhr, figures: figures(lhr) });
      }
      results.sort((a, b) => a.figures.scores.performance - b.figures.scores.performance);
      const middle = results[Math.floor((results.length - 1) / 2)]!;
      // The whole report of the kept run, for reading what cost the points (Lighthouse's viewer opens it).
      writeFileSync(`${BENCH_DIR}/lighthouse-${page.name}.json`, JSON.stringify(middle.lhr));
      const kept = middle.figures;
      reports.push({ name: page.name, path: page.path, ...kept, ...(await firstLoadJs(url)) });
      console.log(`  ${page.name}: performance ${kept.scores.performance}`);
    }

    const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "-");
    console.log(
      `\nLighthouse mobile (simulated throttling), ${runs} run${runs > 1 ? "s" : ""} per page, ` +
        `${server.database} database, prefix "${prefix}", CPU benchmark index ` +
        `${fixed(median(reports.map((r) => r.benchmarkIndex)))} (lower means a busier machine and a lower performance score)\n`,
    );
    console.log(
      formatTable(
        [
          "page",
          "path",
          "perf",
          "a11y",
          "best",
          "seo",
          "LCP s",
          "TBT ms",
          "CLS",
          "JS kB gz",
          "scripts",
          "inline kB gz",
        ],
        reports.map((r) => [
          r.name,
          r.path,
          ...CATEGORIES.map((id) => String(r.scores[id])),
          fixed(r.lcpMs / 1000, 2),
          fixed(r.tbtMs),
          fixed(r.cls, 3),
          fixed(r.jsKbGzip, 1),
          String(r.scripts),
          fixed(r.inlineScriptKbGzip, 1),
        ]),
      ),
    );
    const missed = reports.filter((r) => r.missed.length > 0);
    if (missed.length > 0) {
      console.log("\nAudits that cost points:");
      for (const r of missed) console.log(`  ${r.name}: ${r.missed.join(", ")}`);
    }
    const perfect = reports.filter((r) => CATEGORIES.every((id) => r.scores[id] >= TARGETS.score));
    const lcps = reports.map((r) => r.lcpMs);
    const js = reports.map((r) => r.jsKbGzip);
    const summary =
      `Summary: ${perfect.length} of ${reports.length} pages at 100 in all four categories; ` +
      `LCP ${fixed(Math.min(...lcps) / 1000, 2)}–${fixed(Math.max(...lcps) / 1000, 2)} s ` +
      `(target ≤ ${TARGETS.lcpMs / 1000} s, median ${fixed(median(lcps) / 1000, 2)}); ` +
      `first-load JS ${fixed(Math.min(...js))}–${fixed(Math.max(...js))} kB gzipped (target ≤ ${TARGETS.jsKb} kB).`;
    console.log(`\n${summary}`);
    writeFileSync(
      `${BENCH_DIR}/lighthouse.json`,
      `${JSON.stringify({ at: new Date().toISOString(), runs, prefix, targets: TARGETS, pages: reports, summary }, null, 2)}\n`,
    );
    console.log(`Written to ${BENCH_DIR}/lighthouse.json`);
  });
}

main().catch((error: unknown) => {
  console.error(`\n✖ lighthouse: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
