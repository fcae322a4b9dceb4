// What must run once a bulk load has committed. COPY and INSERT … SELECT fire row triggers, but they
// skip everything the app does in its own code beside an order change, so whatever the app keeps up to
// date that way is rebuilt here from the loaded rows, in one place.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recountSales } from "@/lib/search/sales";

export async function afterBulkLoad(db: PrismaClient, log: (line: string) => void = () => undefined) {
  let t = Date.now();
  await recountSales(db);
  log(`units sold recounted for search ranking: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  t = Date.now();
  // ROLLUPS (issue 8 §2): the lead calls the rollup rebuild here, e.g. `await rebuildRollups(db)`,
  // so the admin and seller figures of a bulk-loaded village start out equal to the order rows.
}
