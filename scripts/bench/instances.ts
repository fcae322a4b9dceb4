// `npm run bench:instances -- [--seconds=10] [--rounds=2]`: one `next start` process against two, both
// behind the same local nginx (so the proxy costs both alike), on storefront pages and the admin page,
// over the database at DATABASE_URL as it is (e.g. loaded by `npm run seed -- --scale=2019`).
// It prints req/s and latency per route and configuration, the median over rounds, and the load average.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { buildIsCurrent, recordBuild } from "../lib/build-stamp";
import { setUpPayments } from "../lib/local-stripe";
import { run, step } from "../lib/run";
import { startBalancer } from "./nginx";
import { positiveInteger } from "./options";
import { formatTable, median } from "./table";

const DIST_DIR = ".next";
const HEADERS = { "accept-language": "zh-CN", "accept-encoding": "gzip" };
const FIRST_PORT = Number(process.env.BENCH_PORT ?? 3420);

const ADMIN_REQUESTS = 3;

/** Waits until the server answers /healthz quickly again: no route is measured behind a backlog. */
async function settle(baseUrl: string) {
  const deadline = Date.now() + 60_000;
  let quick = 0;
  while (quick < 2 && Date.now() < deadline) {
    const started = performance.now();
    await fetch(`${baseUrl}/healthz`).catch(() => null);
    quick = performance.now() - started < 50 ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type Route = { name: string; path: string; connections: number; admin?: boolean };
type Sample = { reqPerSec: number; p50: number; p97: number; p99: number; non2xx: number; errors: number };

async function sampleProduct(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT p.id FROM "Product" p JOIN "Shop" s ON s.id = p."shopId"
       WHERE p.status = 'ACTIVE' AND s.status = 'ACTIVE' AND p.stock > 0 ORDER BY p."createdAt", p.id LIMIT 1`,
    );
    if (!rows[0]) throw new Error("no active product: is the database seeded?");
    return rows[0].id;
  } finally {
    await client.end();
  }
}

function startInstance(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  mkdirSync(".bench", { recursive: true });
  const log = createWriteStream(`.bench/instance-${port}.log`);
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...env, NODE_ENV: "production" },
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

async function waitFor(url: string, child: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}): see .bench/`);
    if (
      await fetch(`${url}/healthz`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer /healthz within 120 s`);
}

/** The village admin's session cookie, by next-auth's own credentials sign-in over HTTP. */
async function adminCookie(baseUrl: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({
      csrfToken,
      email: "admin@xiaying.test",
      password: "xiaying2026",
      json: "true",
    }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`admin sign-in failed (${response.status})`);
  return session.split(";")[0] ?? "";
}

function load(url: string, seconds: number, connections: number, cookie?: string): Promise<Sample> {
  return new Promise((resolve, reject) => {
    autocannon(
      // The admin page sums every order row today: give it time rather than count it as an error.
      {
        url,
        connections,
        duration: seconds,
        timeout: 60,
        headers: cookie ? { ...HEADERS, cookie } : HEADERS,
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          reqPerSec: result.requests.total / result.duration,
          p50: result.latency.p50,
          p97: result.latency.p97_5,
          p99: result.latency.p99,
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
        });
      },
    );
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      seconds: { type: "string", default: "10" },
      rounds: { type: "string", default: "2" },
    },
  });
  const seconds = positiveInteger("seconds", values.seconds);
  const rounds = positiveInteger("rounds", values.rounds);
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL must point at a seeded database");
  const balancerPorts = [FIRST_PORT, FIRST_PORT + 1];
  const instancePorts = [FIRST_PORT + 2, FIRST_PORT + 3];
  const payments = await setUpPayments({
    appUrl: `http://127.0.0.1:${FIRST_PORT}`,
    port: 0,
    alwaysLocal: true,
  });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...payments.env,
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? "10",
    NEXTAUTH_SECRET: randomBytes(24).toString("hex"),
    NEXTAUTH_URL: `http://127.0.0.1:${FIRST_PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
    STRIPE_SUPPRESS_NOTICES: "true",
    TRUST_PROXY: "1",
    JOBS: "off",
  };
  if (!buildIsCurrent(DIST_DIR, databaseUrl)) {
    step("Building the app (it prerenders from this database)");
    await run("npm", ["run", "build"], { ...env, NEXT_DIST_DIR: DIST_DIR });
    recordBuild(DIST_DIR, databaseUrl);
  }
  const children = instancePorts.map((port) => startInstance(port, env));
  const balancers: Awaited<ReturnType<typeof startBalancer>>[] = [];
  try {
    await Promise.all(children.map((child, i) => waitFor(`http://127.0.0.1:${instancePorts[i]}`, child)));
    // The same nginx setup in front of one instance and in front of both.
    balancers.push(await startBalancer(balancerPorts[0] ?? 0, instancePorts.slice(0, 1)));
    balancers.push(await startBalancer(balancerPorts[1] ?? 0, instancePorts));
    const product = await sampleProduct(databaseUrl);
    const routes: Route[] = [
      { name: "home", path: "/zh-CN", connections: 50 },
      { name: "category", path: "/zh-CN/c/turquoise", connections: 50 },
      { name: "product", path: `/zh-CN/p/${product}`, connections: 50 },
    ];
    const cookie = await adminCookie(balancers[0]?.url ?? "");
    await settle(balancers[0]?.url ?? "");
    const samples = new Map<string, Sample[]>();
    for (let round = 1; round <= rounds; round++) {
      for (const [i, balancer] of balancers.entries()) {
        for (const route of routes) {
          const url = `${balancer.url}${route.path}`;
          const routeCookie = route.admin ? cookie : undefined;
          await load(url, 1, route.connections, routeCookie);
          const sample = await load(url, seconds, route.connections, routeCookie);
          await settle(balancer.url);
          const key = `${route.name}|${i + 1}`;
          samples.set(key, [...(samples.get(key) ?? []), sample]);
          console.log(
            `round ${round} ${route.name} × ${i + 1} instance(s): ${sample.reqPerSec.toFixed(1)} req/s, p50 ${sample.p50} ms, load ${loadavg()[0]?.toFixed(1)}`,
          );
        }
      }
    }
    const rows = routes.flatMap((route) =>
      [1, 2].map((n) => {
        const list = samples.get(`${route.name}|${n}`) ?? [];
        const pick = (f: (s: Sample) => number) => median(list.map(f));
        return [
          route.name,
          route.path.length > 40 ? `${route.path.slice(0, 37)}…` : route.path,
          String(n),
          String(route.connections),
          pick((s) => s.reqPerSec).toFixed(1),
          (
            pick((s) => s.reqPerSec) / median((samples.get(`${route.name}|1`) ?? []).map((s) => s.reqPerSec))
          ).toFixed(2),
          pick((s) => s.p50).toFixed(0),
          pick((s) => s.p97).toFixed(0),
          pick((s) => s.p99).toFixed(0),
          String(list.reduce((a, s) => a + s.non2xx + s.errors, 0)),
        ];
      }),
    );
    console.log(
      `\n${formatTable(
        [
          "route",
          "path",
          "instances",
          "conn",
          "req/s",
          "× one",
          "p50 ms",
          "p97.5 ms",
          "p99 ms",
          "non-2xx+errors",
        ],
        rows,
      )}`,
    );
    // The admin page last and one request at a time: today it sums every order row, and requests
    // abandoned by a load generator would go on running in the database under the next measurement.
    const adminRows: string[][] = [];
    for (const [i, balancer] of balancers.entries()) {
      const times: number[] = [];
      for (let k = 0; k < ADMIN_REQUESTS; k++) {
        const started = performance.now();
        const response = await fetch(`${balancer.url}/admin`, { headers: { ...HEADERS, cookie } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`/admin answered ${response.status}`);
        times.push(performance.now() - started);
      }
      const cells = times.map((t) => t.toFixed(0));
      adminRows.push(["admin", "/admin", String(i + 1), ...cells, median(times.slice(1)).toFixed(0)]);
    }
    const requestColumns = Array.from({ length: ADMIN_REQUESTS }, (_, k) => `request ${k + 1} ms`);
    console.log(
      `\n${formatTable(["route", "path", "instances", ...requestColumns, "median after first"], adminRows)}`,
    );
    console.log(
      `\nmedian of ${rounds} round(s) × ${seconds} s; load average now ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );
  } finally {
    for (const balancer of balancers) await balancer.stop();
    for (const child of children) child.kill("SIGTERM");
    await payments.local?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
