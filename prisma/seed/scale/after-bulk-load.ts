// What must run once a bulk load has committed. COPY and INSERT … SELECT fire row triggers, but they
// skip everything the app does in its own code beside an order change, so whatever the app keeps up to
// date that way is rebuilt here from the loaded rows, in one place.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recountSales } from "@/lib/search/sales";
import { rebuildSalesRollups } from "@/lib/village/rollups/rebuild";
import { backfillStatusHistory } from "../title-history";

export async function afterBulkLoad(db: PrismaClient, log: (line: string) => void = () => undefined) {
  let t = Date.now();
  await recountSales(db);
  log(`units sold recounted for search ranking: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  t = Date.now();
  // The load ran with the rollup triggers off: the admin and seller figures start equal to the rows.
  await rebuildSalesRollups(db);
  log(`sales rollups rebuilt: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  // Shops written by SQL have no status history yet: the Taobao-village title counts shops by it.
  const shops = await db.$transaction((tx) => backfillStatusHistory(tx));
  log(`status history of ${shops} shops written`);
}
