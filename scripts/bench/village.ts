// `npm run bench:village -- [--orders=1000000] [--shops=20] [--rounds=5] [--database-url=URL] [--keep] [--http]`
// The server time of the village figures at two sizes: the small demo (a fresh throwaway database,
// seeded) and a large village (by default the demo copied up with SQL to about --orders orders sold
// by --shops copies of the demo's shops; with --database-url, that database as it is, e.g. one loaded
// by the 2019-scale seed; --small-url likewise skips seeding the demo). Prints the median of --rounds warm runs of the admin page's data, the CSV
// export and the seller home, the growth from small to large, and the issue's targets. --http also
// builds the app and times GET /admin, /admin/export.csv and /seller signed in (port 3420).
// Runs against the local PostgreSQL (or DATABASE_URL's server); never on the embedded one.
import { spawn } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { run } from "../lib/run";
import { createThrowawayDatabase, type ThrowawayDatabase, testServerUrl } from "../lib/throwaway-db";
import { buildOnce, type HttpFigures, type HttpSessions, measureHttp } from "./village-http";
import { scaleUpVillage } from "./village-scale";

type Timing = { median: number; best: number };
type Measured = {
  sessions: HttpSessions;
  figures: Record<"admin" | "csv" | "money" | "seller" | "years" | "activeMiss", Timing>;
  http?: HttpFigures;
  orders: number;
  shopOrders: number;
  items: number;
  shops: number;
};

const TARGETS: Record<keyof Measured["figures"], { label: string; ms: number | null; info?: true }> = {
  admin: { label: "admin page (/admin data)", ms: 300 },
  csv: { label: "CSV export", ms: 300 },
  // Not in the list; held to the admin page's target, as another admin page.
  money: { label: "money page (/admin/money data)", ms: 300 },
  seller: { label: "seller home (busiest shop)", ms: 100 },
  years: { label: "years with sales", ms: null },
  // Not a page: the active-shop rule from scratch, what the admin page adds when its kept count was
  // just invalidated (lib/village/active-counts.ts). It grows with the shops by nature.
  activeMiss: { label: "active shops from scratch (a miss)", ms: null, info: true },
};
const GROWTH_TARGET = 2;
// What the measuring process and the production server share: the session cookies made by one are
// read by the other.
const APP_ENV = {
  NEXTAUTH_SECRET: "bench-secret-not-for-production",
  NEXTAUTH_URL: "http://localhost:3420",
  JOBS: "off",
  NEXT_TELEMETRY_DISABLED: "1",
};

function measure(url: string, rounds: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "npx",
      ["tsx", "--conditions=react-server", "--tsconfig", "tsconfig.json", "scripts/bench/village-measure.ts"],
      {
        env: {
          ...process.env,
          DATABASE_URL: url,
          ...APP_ENV,
          LOG_LEVEL: "silent",
          BENCH_ROUNDS: rounds,
        },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on("exit", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code !== 0) reject(new Error(`measuring failed (${code}): ${out}`));
      else resolve(JSON.parse(line) as Measured);
    });
  });
}

const size = (m: Measured) =>
  `${m.orders.toLocaleString("en")} orders, ${m.shopOrders.toLocaleString("en")} shop orders, ` +
  `${m.items.toLocaleString("en")} items, ${m.shops} shops`;

const HTTP_PATHS = { admin: "/admin", csv: "/admin/export.csv", seller: "/seller" } as const;

function report(small: Measured, large: Measured) {
  console.log(`\nsmall: ${size(small)}\nlarge: ${size(large)}`);
  console.log(
    `load average: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")} on ${cpus().length} cores\n`,
  );
  const header = ["figure", "small ms", "large ms", "growth ×", "best small/large", "target at large", "met"];
  const rows = (Object.keys(TARGETS) as (keyof Measured["figures"])[]).map((key) => {
    const s = small.figures[key];
    const l = large.figures[key];
    const growth = l.median / Math.max(s.median, 0.001);
    const target = TARGETS[key];
    const met = (target.ms === null || l.median <= target.ms) && growth < GROWTH_TARGET;
    return [
      target.label,
      s.median.toFixed(1),
      l.median.toFixed(1),
      growth.toFixed(2),
      `${s.best.toFixed(1)} / ${l.best.toFixed(1)}`,
      target.info
        ? "none (not a page)"
        : target.ms === null
          ? `growth < ${GROWTH_TARGET}×`
          : `≤ ${target.ms} ms, growth < ${GROWTH_TARGET}×`,
      target.info ? "-" : met ? "yes" : "no",
    ];
  });
  if (small.http && large.http) {
    for (const key of ["admin", "csv", "seller"] as const) {
      const sm = small.http[key];
      const l = large.http[key];
      const growth = l.median / Math.max(sm.median, 0.001);
      const target = TARGETS[key].ms ?? 0;
      rows.push([
        `  HTTP ${HTTP_PATHS[key]}`,
        sm.median.toFixed(1),
        l.median.toFixed(1),
        growth.toFixed(2),
        `${sm.best.toFixed(1)} / ${l.best.toFixed(1)}`,
        `≤ ${target} ms, growth < ${GROWTH_TARGET}×`,
        l.median <= target && growth < GROWTH_TARGET ? "yes" : "no",
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  for (const row of [header, ...rows])
    console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));
  console.log(
    "\nms: median of the warm runs (best: the fastest one, what the work costs on a quiet machine)",
  );
}

/** A copy of a database (seeded once, copied by the server instead of seeding again). */
async function copyDatabase(source: string, name: string): Promise<ThrowawayDatabase> {
  const server = testServerUrl();
  const sourceName = new URL(source).pathname.slice(1);
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${sourceName}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const drop = async () => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
  return { url: url.toString(), drop };
}

async function main() {
  const { values } = parseArgs({
    options: {
      orders: { type: "string", default: "1000000" },
      shops: { type: "string", default: "20" },
      rounds: { type: "string", default: "5" },
      "database-url": { type: "string" },
      "small-url": { type: "string" },
      keep: { type: "boolean", default: false },
      http: { type: "boolean", default: false },
    },
  });
  const made: ThrowawayDatabase[] = [];
  try {
    const smallDb = values["small-url"]
      ? { url: values["small-url"], drop: async () => {} }
      : await createThrowawayDatabase("bench_village_small");
    if (!values["small-url"]) {
      made.push(smallDb);
      console.log("Seeding the demo data …");
      await run("npx", ["prisma", "db", "seed"], { ...process.env, DATABASE_URL: smallDb.url });
    }
    const small = await measure(smallDb.url, values.rounds);
    let largeUrl = values["database-url"];
    if (!largeUrl) {
      const largeDb = await copyDatabase(smallDb.url, `bench_village_large_${Date.now()}`);
      made.push(largeDb);
      console.log(`Copying the demo up to about ${Number(values.orders).toLocaleString("en")} orders …`);
      await scaleUpVillage(largeDb.url, {
        targetOrders: Number(values.orders),
        shopCopies: Number(values.shops),
        log: (line) => console.log(`  ${line}`),
      });
      largeUrl = largeDb.url;
    }
    const large = await measure(largeUrl, values.rounds);
    if (values.http) {
      const env = { ...process.env, ...APP_ENV, DATABASE_URL: smallDb.url, LOG_LEVEL: "silent" };
      await buildOnce(env);
      const http = { port: 3420, rounds: Number(values.rounds) };
      small.http = await measureHttp(env, smallDb.url, small.sessions, http);
      large.http = await measureHttp(env, largeUrl, large.sessions, http);
    }
    report(small, large);
    if (values.keep) console.log(`\nkept: ${made.map((d) => d.url).join(" ")}`);
  } finally {
    if (!values.keep) for (const database of made) await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
