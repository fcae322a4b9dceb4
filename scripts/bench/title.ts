// `npm run bench:title [-- --parcels=1300000] [--runs=5]`: the title, household and courier pages'
// figures, timed as the pages call them, on the demo's size (13,000 parcels) and then on the 2019
// size (1.3 million), each the median of --runs warm calls, with the growth between the two. A fresh
// database on the test server (TEST_DATABASE_SERVER_URL, DATABASE_URL, else 127.0.0.1:5432), dropped
// at the end (--keep leaves it). No timed assertion anywhere: the figures are printed to be read.
import { parseArgs } from "node:util";
import pg from "pg";
import { createThrowawayDatabase } from "../lib/throwaway-db";
import { ADMIN_ID, addParcels, createVillage, VILLAGE_ID } from "./title-data";

const SMALL = 13_000;

async function median(runs: number, call: () => Promise<unknown>): Promise<number> {
  await call(); // warm: plans, caches, connections
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

async function main() {
  const { values } = parseArgs({
    options: {
      parcels: { type: "string", default: "1300000" },
      runs: { type: "string", default: "5" },
      // Leaves the database for EXPLAIN; its URL is printed.
      keep: { type: "boolean", default: false },
    },
  });
  const large = Number(values.parcels);
  const runs = Number(values.runs);
  const database = await createThrowawayDatabase("bench_title");
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET ??= "bench-title-not-a-secret";
  process.env.LOG_LEVEL ??= "silent";
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    // The data layer reads DATABASE_URL when first imported.
    const { titleMeter } = await import("../../lib/village/title-meter");
    const { householdLedger } = await import("../../lib/village/households");
    const { courierBoard } = await import("../../lib/village/couriers");
    const { activeShopsAt } = await import("../../lib/village/active-shops");
    const { db } = await import("../../lib/db/client");
    const now = new Date();
    const today = new Date(now.getTime() + 8 * 3_600_000);
    const lastYear = String(today.getUTCFullYear() - 1);
    const novemberKey = `${today.getUTCMonth() >= 10 ? today.getUTCFullYear() : today.getUTCFullYear() - 1}-11`;
    const cases: [string, () => Promise<unknown>][] = [
      ["active shops (one cut-off)", () => activeShopsAt(VILLAGE_ID, now)],
      ["title meter, this year", () => titleMeter(ADMIN_ID, undefined, now)],
      [`title meter, ${lastYear}`, () => titleMeter(ADMIN_ID, lastYear, now)],
      ["household ledger, this year", () => householdLedger(ADMIN_ID, undefined, now)],
      [`courier board, ${novemberKey}`, () => courierBoard(ADMIN_ID, novemberKey, now)],
    ];
    await createVillage(client, now);
    const results: { name: string; small: number; large: number }[] = cases.map(([name]) => ({
      name,
      small: 0,
      large: 0,
    }));
    let loaded = Date.now();
    await addParcels(client, now, 1, SMALL);
    console.log(`loaded ${SMALL.toLocaleString("en")} parcels in ${Date.now() - loaded} ms`);
    for (const [i, [, call]] of cases.entries())
      (results[i] as { small: number }).small = await median(runs, call);
    loaded = Date.now();
    await addParcels(client, now, SMALL + 1, large);
    console.log(`loaded up to ${large.toLocaleString("en")} parcels in ${Date.now() - loaded} ms`);
    for (const [i, [, call]] of cases.entries())
      (results[i] as { large: number }).large = await median(runs, call);
    await db.$disconnect();

    const server = new URL(database.url);
    const version = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0];
    console.log(
      `\nPostgreSQL ${version?.server_version} at ${server.host}; median of ${runs} warm calls, ms`,
    );
    const pad = (text: string, width: number) => text.padStart(width);
    console.log(
      `${"figure".padEnd(32)}${pad(`${SMALL / 1000}k`, 10)}${pad(`${large / 1_000_000}M`, 10)}${pad("growth", 9)}`,
    );
    for (const row of results) {
      const growth = row.small > 0 ? row.large / row.small : 0;
      console.log(
        `${row.name.padEnd(32)}${pad(row.small.toFixed(1), 10)}${pad(row.large.toFixed(1), 10)}${pad(`${growth.toFixed(1)}×`, 9)}`,
      );
    }
  } finally {
    await client.end();
    if (values.keep) console.log(`kept: ${database.url}`);
    else await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
