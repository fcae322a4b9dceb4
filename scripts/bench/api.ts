// `npm run bench:api -- [--url=http://localhost:3000] [--requests=15] [--seller-token=xy_…] [--admin-token=xy_…]`
// Times the /api/v1 routes of a running server one request after another (warm: 3 unmeasured
// first) and prints median and p90 per route, and the 304 of an ETag beside its 200. Sequential on
// purpose: the API allows 300 requests a minute per address, so a load generator would measure 429s.
import { performance } from "node:perf_hooks";

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key = "", ...value] = arg.replace(/^--/, "").split("=");
    return [key, value.join("=")];
  }),
);
const base = `${(args.url || "http://localhost:3000").replace(/\/$/, "")}/api/v1`;
const requests = Math.min(20, Math.max(5, Number(args.requests) || 15));
const WARM_UPS = 3;

type Route = { name: string; path: string; token?: string; ifNoneMatch?: boolean };

async function once(route: Route, etag?: string) {
  const headers: Record<string, string> = {};
  if (route.token) headers.authorization = `Bearer ${route.token}`;
  if (etag) headers["if-none-match"] = etag;
  const started = performance.now();
  const response = await fetch(base + route.path, { headers });
  const body = await response.arrayBuffer();
  return {
    ms: performance.now() - started,
    status: response.status,
    bytes: body.byteLength,
    etag: response.headers.get("etag"),
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function measure(route: Route) {
  let etag: string | undefined;
  if (route.ifNoneMatch) etag = (await once(route)).etag ?? undefined;
  for (let i = 0; i < WARM_UPS; i++) await once(route, etag);
  const runs = [];
  for (let i = 0; i < requests; i++) runs.push(await once(route, etag));
  const times = runs.map((run) => run.ms).sort((a, b) => a - b);
  const statuses = [...new Set(runs.map((run) => run.status))].join(",");
  return {
    name: route.name,
    median: percentile(times, 0.5),
    p90: percentile(times, 0.9),
    statuses,
    bytes: runs[0]?.bytes ?? 0,
  };
}

const routes: Route[] = [
  { name: "openapi.json", path: "/openapi.json" },
  { name: "categories", path: "/categories" },
  { name: "products", path: "/products?limit=20" },
  { name: "products (304)", path: "/products?limit=20", ifNoneMatch: true },
  { name: "products limit=100", path: "/products?limit=100" },
  { name: "shops", path: "/shops" },
  { name: "search 茶", path: `/search?q=${encodeURIComponent("茶")}` },
  { name: "search lss (pinyin)", path: "/search?q=lss" },
];
if (args["seller-token"]) {
  routes.push({ name: "seller/orders", path: "/seller/orders?limit=20", token: args["seller-token"] });
  routes.push({ name: "seller/products", path: "/seller/products?limit=20", token: args["seller-token"] });
}
if (args["admin-token"]) {
  routes.push({ name: "village/figures", path: "/village/figures", token: args["admin-token"] });
  routes.push({
    name: "village/figures 12 months",
    path: "/village/figures?period=last-12-months",
    token: args["admin-token"],
  });
}

console.log(`${base}: ${requests} sequential requests per route after ${WARM_UPS} warm-ups\n`);
console.log(
  `${"route".padEnd(28)}${"median ms".padStart(10)}${"p90 ms".padStart(10)}${"status".padStart(9)}${"bytes".padStart(9)}`,
);
for (const route of routes) {
  const result = await measure(route);
  console.log(
    `${result.name.padEnd(28)}${result.median.toFixed(1).padStart(10)}${result.p90.toFixed(1).padStart(10)}${result.statuses.padStart(9)}${String(result.bytes).padStart(9)}`,
  );
}
