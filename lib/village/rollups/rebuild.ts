import "server-only";
import type { Db, Tx } from "@/lib/db/client";

/**
 * Recomputes every sales rollup from the order rows (prisma/migrations/…_sales_rollups), in the
 * caller's transaction when given one. For after a bulk load and for repairs; the triggers keep the
 * rollups exact on every ordinary write. About 3 s per million shop orders on PostgreSQL 15.
 */
export async function rebuildSalesRollups(client: Db | Tx): Promise<void> {
  await client.$executeRaw`SELECT rebuild_sales_rollups()`;
}

/**
 * Switches the rollup triggers off until the end of the caller's transaction, for a bulk load that
 * calls rebuildSalesRollups before it commits (one pass instead of one per inserted batch).
 */
export async function pauseSalesRollups(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT set_config('xiaying.sales_rollups', 'off', true)`;
}
