import "server-only";
import type { StockChange } from "@/lib/catalog/cache-tags";
import { restock } from "@/lib/catalog/restock";
import type { Tx } from "@/lib/db/client";

/**
 * Ends a session's pins and gives each pin's unsold reserved units back to its product, inside the
 * caller's transaction (the one that ends the session). A pin is returned once: the claim on
 * `stockReturnedAt IS NULL` means a repeated or concurrent unpublish callback returns nothing twice.
 * Returns the stock changes, so the caller can refresh the cached storefront after it commits.
 */
export async function releaseSessionPins(
  tx: Tx,
  sessionId: string,
  now = new Date(),
): Promise<StockChange[]> {
  const claimed = await tx.$queryRaw<{ productId: string; unsold: number }[]>`
    UPDATE "LivePin"
       SET "stockReturnedAt" = ${now}, "unpinnedAt" = COALESCE("unpinnedAt", ${now})
     WHERE "sessionId" = ${sessionId} AND "stockReturnedAt" IS NULL
     RETURNING "productId", "reservedQuantity" - "soldQuantity" AS unsold`;
  const changes: StockChange[] = [];
  for (const { productId, unsold } of claimed) {
    if (unsold > 0) changes.push(await restock(tx, productId, unsold));
  }
  return changes;
}
