// `npm run bench`: the storefront under load in the production build, next to a prerendered route of
// the same server. Each round loads the reference and then every route for a few seconds; a route's
// ratio is to the reference of its own round and the table shows medians over rounds, so a neighbour's
// burst on this shared machine moves one round, not the result. Writes .bench/latest.json.
// Usage: npm run bench -- [--rounds=3] [--seconds=5] [--connections=50] [--prefix=] [--products=N]
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import { findNextServer, rssMegabytes } from "./memory";
import { parseOptions, positiveInteger } from "./options";
import { REFERENCE, type RouteSpec, resolveRoutes, type Target } from "./routes";
import { BENCH_DIR, withBenchServer } from "./server";
import { formatTable, median } from "./table";

// What a browser sends: the language the unprefixed URLs choose by, and gzip, which Next then applies.
const HEADERS = { "accept-language": "zh-CN", "accept-encoding": "gzip" };
const WARM_UP_SECONDS = 1;
const SETTLED_MS = 50;
const MIN_REQUESTS_PER_CONNECTION = 2;
const SETTLE_TIMEOUT_MS = 60_000;

type Load = { reqPerSec: number; latencies: number[]; non2xx: number; errors: number };
type Measured = { name: string; reqPerSec: number; ratio: number; non2xx: number; errors: number };

function load(url: string, seconds: number, connections: number): Promise<Load> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, headers: HEADERS },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          reqPerSec: result.requests.total / result.duration,
          latencies,
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/**
 * When a load ends, autocannon drops its connections but the server still renders what they asked
 * for. The next route must not be measured behind that backlog: wait until a request that passes
 * through the server and its database pool (/healthz) is quick again.
 */
async function settle(baseUrl: string) {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let quick = 0;
  while (quick < 2) {
    if (Date.now() > deadline) {
      console.warn(`  (the server was still busy ${SETTLE_TIMEOUT_MS / 1000} s after a load; going on)`);
      return;
    }
    const started = performance.now();
    await (await fetch(`${baseUrl}/healthz`)).arrayBuffer();
    quick = performance.now() - started < SETTLED_MS ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Nearest-rank percentile of latencies in ms. */
function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** A benchmark of 404s or redirects measures nothing: every route must answer 200 before the load. */
async function checkRoutes(baseUrl: string, routes: { name: string; path: string }[]) {
  const wrong: string[] = [];
  for (const route of routes) {
    const response = await fetch(baseUrl + route.path, { headers: HEADERS, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) wrong.push(`  ${route.name} ${route.path}: ${response.status}`);
  }
  if (wrong.length > 0) {
    throw new Error(
      `These routes do not answer 200:\n${wrong.join("\n")}\n` +
        "Unprefixed storefront URLs need --prefix= ; adjust the table in scripts/bench/routes.ts otherwise.",
    );
  }
}

function gitCommit(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim() !== "";
    return dirty ? `${commit}+changes` : commit;
  } catch {
    return "unknown";
  }
}

const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "-");

function targetText(target?: Target) {
  return target ? `≥${target.minRatio}× p95≤${target.maxP95Ms}` : "";
}

async function main() {
  const {
    prefix,
    server: serverOptions,
    values,
  } = parseOptions(
    {
      rounds: { type: "string", default: "3" },
      seconds: { type: "string", default: "5" },
      connections: { type: "string", default: "50" },
    },
    "npm run bench -- [--rounds=3] [--seconds=5] [--connections=50] [options]",
  );
  const rounds = positiveInteger("rounds", String(values.rounds));
  const seconds = positiveInteger("seconds", String(values.seconds));
  const connections = positiveInteger("connections", String(values.connections));

  await withBenchServer(serverOptions, async (server) => {
    const routes: Pick<RouteSpec, "name" | "path" | "target">[] = [
      REFERENCE,
      ...(await resolveRoutes(server.databaseUrl, prefix)),
    ];
    await checkRoutes(server.baseUrl, routes);
    const serverPid = findNextServer(server.pid);
    const memory = { startMb: rssMegabytes(serverPid), peakMb: 0, endMb: 0 };
    const sampler = setInterval(() => {
      memory.peakMb = Math.max(memory.peakMb, rssMegabytes(serverPid) || 0);
    }, 500);

    console.log(
      `\nWarming up (${WARM_UP_SECONDS} s per route), then ${rounds} rounds of ${seconds} s per route`,
    );
    for (const route of routes) {
      await load(server.baseUrl + route.path, WARM_UP_SECONDS, connections);
      await settle(server.baseUrl);
    }
    const perRound: Measured[][] = [];
    const latencies = new Map<string, number[]>(routes.map((route) => [route.name, []]));
    for (let round = 1; round <= rounds; round++) {
      const measured: Measured[] = [];
      let referenceRate = Number.NaN;
      for (const route of routes) {
        const result = await load(server.baseUrl + route.path, seconds, connections);
        await settle(server.baseUrl);
        if (route === routes[0]) referenceRate = result.reqPerSec;
        latencies.get(route.name)!.push(...result.latencies);
        measured.push({
          name: route.name,
          reqPerSec: result.reqPerSec,
          ratio: result.reqPerSec / referenceRate,
          non2xx: result.non2xx,
          errors: result.errors,
        });
      }
      perRound.push(measured);
      const line = measured.map((m) => `${m.name} ${fixed(m.reqPerSec)}`).join(", ");
      console.log(`  round ${round}: ${line} req/s`);
    }
    clearInterval(sampler);
    memory.endMb = rssMegabytes(serverPid);
    memory.peakMb = Math.max(memory.peakMb, memory.endMb);

    const summaries = routes.map((route) => {
      const mine = perRound.map((measured) => measured.find((m) => m.name === route.name)!);
      const sorted = latencies.get(route.name)!.sort((a, b) => a - b);
      const ratio = median(mine.map((m) => m.ratio));
      const p95 = percentile(sorted, 0.95);
      const non2xx = mine.reduce((sum, m) => sum + m.non2xx, 0);
      const errors = mine.reduce((sum, m) => sum + m.errors, 0);
      return {
        name: route.name,
        path: route.path,
        reqPerSec: median(mine.map((m) => m.reqPerSec)),
        ratio,
        ratios: mine.map((m) => m.ratio),
        p50: percentile(sorted, 0.5),
        p95,
        p99: percentile(sorted, 0.99),
        non2xx,
        errors,
        target: route.target,
        met: route.target
          ? ratio >= route.target.minRatio && p95 <= route.target.maxP95Ms && non2xx + errors === 0
          : undefined,
      };
    });

    const header = ["route", "path", "req/s", "× ref", "× ref per round", "p50 ms", "p95 ms", "p99 ms"];
    const table = formatTable(
      [...header, "non-2xx", "errors", "target", "met"],
      summaries.map((s) => [
        s.name,
        s.path,
        fixed(s.reqPerSec),
        fixed(s.ratio, 2),
        s.ratios.map((r) => fixed(r, 2)).join(" "),
        fixed(s.p50, 1),
        fixed(s.p95, 1),
        fixed(s.p99, 1),
        String(s.non2xx),
        String(s.errors),
        targetText(s.target),
        s.met === undefined ? "" : s.met ? "yes" : "no",
      ]),
    );
    const targeted = summaries.filter((s) => s.target);
    const p95s = targeted.map((s) => s.p95).filter(Number.isFinite);
    const failures = summaries.reduce((sum, s) => sum + s.non2xx + s.errors, 0);
    const summary =
      `Summary: ${targeted.filter((s) => s.met).length} of ${targeted.length} targets met ` +
      `(${targeted.map((s) => `${s.name} ${fixed(s.ratio, 2)}×`).join(", ")}; ` +
      `p95 ${p95s.length ? `${fixed(Math.min(...p95s))}–${fixed(Math.max(...p95s))} ms` : "n/a"}); ` +
      `reference ${REFERENCE.path} ${fixed(summaries[0]!.reqPerSec)} req/s; ${failures} non-2xx or errors; ` +
      `next-server RSS ${fixed(memory.startMb)} → ${fixed(memory.endMb)} MB (peak ${fixed(memory.peakMb)}).`;

    console.log(
      `\n${connections} connections, ${rounds} rounds × ${seconds} s per route, ${server.database} database` +
        `${serverOptions.products ? ` + ${serverOptions.products} products` : ""}, ` +
        `prefix "${prefix}", ${server.front ? "through the nginx front" : "Next directly (no nginx)"}, ` +
        `${os.cpus().length} cores, commit ${gitCommit()}; ` +
        "req/s and × ref are medians over rounds, latencies over all rounds\n",
    );
    console.log(table);
    // Requests still in flight when a load ends are not counted: with few per connection, req/s reads low.
    const starved = summaries.filter(
      (s) => (s.reqPerSec * seconds) / connections < MIN_REQUESTS_PER_CONNECTION,
    );
    if (starved.length > 0) {
      console.log(
        `\nFewer than ${MIN_REQUESTS_PER_CONNECTION} requests per connection finished for ` +
          `${starved.map((s) => s.name).join(", ")}: their req/s read low; raise --seconds.`,
      );
    }
    console.log(`\n${summary}`);
    const report = {
      at: new Date().toISOString(),
      commit: gitCommit(),
      node: process.version,
      cores: os.cpus().length,
      options: {
        rounds,
        seconds,
        connections,
        prefix,
        database: server.database,
        front: server.front,
        ...serverOptions,
      },
      routes: summaries,
      rounds: perRound,
      memory,
      summary,
    };
    writeFileSync(`${BENCH_DIR}/latest.json`, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Written to ${BENCH_DIR}/latest.json`);
  });
}

main().catch((error: unknown) => {
  console.error(`\n✖ bench: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
