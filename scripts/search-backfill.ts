// `npm start` runs this after the migrations: fills the search fields a migration added empty (pinyin
// cannot be computed in SQL) or a trigger marked stale, and recounts units sold. Cheap when nothing
// is missing: one indexed look-up per table and one UPDATE that changes no row.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { backfillSearch } from "../lib/search/refresh";
import { recountSales } from "../lib/search/sales";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(1);
}
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });

async function main() {
  const started = Date.now();
  const filled = await backfillSearch(db);
  const recounted = await recountSales(db);
  console.log(
    `Search fields: ${filled.products} products and ${filled.shops} shops filled, ${recounted} sales counts updated (${Date.now() - started} ms).`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
