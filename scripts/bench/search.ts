// `npm run bench:search [-- --seed 100000] [--rounds 20]`: runs the storefront's search (the
// PostgreSQL engine, in this process, as the server calls it) for a set of queries, one at a time,
// and prints p50/p95/p99 in ms and queries per second. DATABASE_URL, or else a fresh embedded PGlite.
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import type { SearchFilters, SearchSort } from "../../lib/search";
import { PostgresSearchEngine } from "../../lib/search/postgres";
import { startEmbeddedDatabase } from "../lib/embedded-db";
import { migrate } from "../lib/prisma-cli";
import { seedBenchProducts } from "./seed-products";

type Case = { q: string; filters?: SearchFilters; sort?: SearchSort; page?: number };
const CASES: Case[] = [
  { q: "茶" },
  { q: "松石" },
  { q: "绿松石手链" },
  { q: "蜂蜜" },
  { q: "香菇" },
  { q: "土鸡蛋" },
  { q: "高瓷蓝绿松石手串" },
  { q: "王家茶园" },
  { q: "lvsongshi" },
  { q: "lss" },
  { q: "fengmi" },
  { q: "bracelet" },
  { q: "Tea" },
  { q: "turquoise bracelet" },
  { q: "茶", filters: { inStock: true, minFen: 5_000, maxFen: 30_000 }, sort: "price_asc" },
  { q: "松石", sort: "best_selling", page: 3 },
  { q: "", filters: { kind: "AGRICULTURE" }, sort: "newest" },
  { q: "zzqqxx" },
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

async function main() {
  const { values } = parseArgs({
    options: { seed: { type: "string" }, rounds: { type: "string", default: "20" } },
  });
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    console.log("No DATABASE_URL: a fresh embedded PGlite (in memory)");
    const embedded = await startEmbeddedDatabase();
    await migrate(embedded.url);
    url = embedded.url;
    stop = embedded.stop;
  }
  if (values.seed) await seedBenchProducts(url, Number(values.seed));
  const embedded = url.includes("sslmode=disable");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: embedded ? 1 : 4 }) });
  const engine = new PostgresSearchEngine(db);
  const products = await db.product.count();
  const rounds = Number(values.rounds);

  const run = (c: Case) => engine.search(c.q, c.filters ?? {}, c.sort ?? "relevance", c.page ?? 1);
  const label = (c: Case) =>
    `${c.q || "(no query)"}${c.filters ? " +filters" : ""}${c.sort ? ` ${c.sort}` : ""}${c.page ? ` p${c.page}` : ""}`;
  const hits = new Map<string, number>();
  for (const c of CASES) hits.set(label(c), (await run(c)).total); // also warms caches and plans
  const all: number[] = [];
  const perCase = new Map<string, number[]>();
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const c of CASES) {
      const t = performance.now();
      await run(c);
      const ms = performance.now() - t;
      all.push(ms);
      perCase.set(label(c), [...(perCase.get(label(c)) ?? []), ms]);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...all].sort((a, b) => a - b);
  const f = (ms: number) => ms.toFixed(1);
  console.log(
    `\nSearch on ${embedded ? "embedded PGlite" : new URL(url).host}, ${products} products, ${all.length} searches`,
  );
  for (const [key, times] of perCase) {
    const s = [...times].sort((a, b) => a - b);
    console.log(
      `  ${key.padEnd(42)} p50 ${f(percentile(s, 50)).padStart(6)}  p95 ${f(percentile(s, 95)).padStart(6)}  (${hits.get(key)} hits)`,
    );
  }
  console.log(
    `ALL  p50 ${f(percentile(sorted, 50))} ms  p95 ${f(percentile(sorted, 95))} ms  p99 ${f(percentile(sorted, 99))} ms  ${(all.length / seconds).toFixed(0)} queries/s (one at a time)`,
  );
  await db.$disconnect();
  await stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
