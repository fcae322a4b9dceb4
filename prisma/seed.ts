// `npx tsx prisma/seed.ts`: loads the demo data into DATABASE_URL, or does nothing when it is there.
// It builds its own client: lib/db/client.ts needs the whole app environment (NEXTAUTH_SECRET…).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedDemoData } from "./seed/index";
import { formatSummary } from "./seed/report";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(1);
}
// The embedded database answers one query at a time.
const max = Number(process.env.DATABASE_POOL_MAX) || (url.includes("sslmode=disable") ? 1 : 4);
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) });

async function main() {
  const started = Date.now();
  const result = await seedDemoData(db, { log: (line) => console.log(`  ${line}`) });
  if (!result.seeded) {
    console.log("Demo data: already seeded (village xiaying exists), nothing written.");
    return;
  }
  console.log(formatSummary(result.summary, Date.now() - started));
}

main()
  .catch((error: unknown) => {
    // Two seeds racing: the other one wrote the village first, which is what we wanted anyway.
    if (error instanceof Error && /Unique constraint failed.*slug/s.test(error.message)) {
      console.log("Demo data: already seeded by another process.");
      return;
    }
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
