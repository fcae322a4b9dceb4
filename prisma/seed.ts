// `npx tsx prisma/seed.ts` (`npm run seed`): loads the demo data into DATABASE_URL, or does nothing when
// it is there. `--scale=2019` (or SEED_SCALE=2019) loads the village at its 2019 size instead, and
// `--scale=2019/N` a 1/N of it. It builds its own client: lib/db/client.ts needs the whole app
// environment (NEXTAUTH_SECRET…).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedDemoData } from "./seed/index";
import { formatSummary } from "./seed/report";
import { afterBulkLoad, parseScale, type Size, seedScale } from "./seed/scale/index";
import { formatTotals } from "./seed/scale/totals";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(1);
}
// The embedded database answers one query at a time.
const max = Number(process.env.DATABASE_POOL_MAX) || (url.includes("sslmode=disable") ? 1 : 4);
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) });
const log = (line: string) => console.log(`  ${line}`);

async function demo() {
  const started = Date.now();
  const result = await seedDemoData(db, { log });
  if (!result.seeded) {
    console.log("Demo data: already seeded (village xiaying exists), nothing written.");
    return;
  }
  console.log(formatSummary(result.summary, Date.now() - started));
}

async function scale(databaseUrl: string, size: Size) {
  const started = Date.now();
  console.log(`The village at 1/${Math.round(1 / size.fraction)} of its 2019 size:`);
  const result = await seedScale(databaseUrl, size, { log });
  if (!result.seeded) {
    console.log("Scale data: the village xiaying is already there, nothing written.");
    return;
  }
  await afterBulkLoad(db, log);
  console.log(`Loaded in ${((Date.now() - started) / 1000).toFixed(1)} s with ${result.method}:`);
  for (const line of formatTotals(result.totals)) console.log(`  ${line}`);
}

async function main(databaseUrl: string) {
  const size = parseScale(process.argv.slice(2), process.env);
  await (size ? scale(databaseUrl, size) : demo());
}

main(url)
  .catch((error: unknown) => {
    // Two seeds racing: the other one wrote the village first, which is what we wanted anyway.
    if (error instanceof Error && /Unique constraint failed.*slug|Village_slug_key/s.test(error.message)) {
      console.log("Demo data: already seeded by another process.");
      return;
    }
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
