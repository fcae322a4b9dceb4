// No "server-only" here: the seed (run by tsx outside Next) calls these after its bulk load, with its
// own client, as it calls recountSales.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * Recomputes every sales rollup from the order rows (prisma/migrations/…_sales_rollups), in the
 * caller's transaction when given one. For after a bulk load and for repairs; the triggers keep the
 * rollups exact on every ordinary write. Writers of orders wait while it runs; readers do not.
 */
export async function rebuildSalesRollups(client: Client): Promise<void> {
  // Fresh statistics first: right after a bulk load the planner still thinks the tables are empty
  // and joins a million rows by nested loops (12 s instead of 2 at 280,000 shop orders).
  await client.$executeRaw`ANALYZE "ShopOrder", "OrderItem", "Shop", "Product"`;
  await client.$executeRaw`SELECT rebuild_sales_rollups()`;
}

/**
 * Switches the rollup triggers off until the end of the caller's transaction, for a bulk load that
 * calls rebuildSalesRollups before it commits (one pass instead of one per inserted batch).
 */
export async function pauseSalesRollups(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT set_config('xiaying.sales_rollups', 'off', true)`;
}
