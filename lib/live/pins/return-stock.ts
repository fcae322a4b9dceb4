import "server-only";
import type { StockChange } from "@/lib/catalog/cache-tags";
import { restock } from "@/lib/catalog/restock";
import type { Tx } from "@/lib/db/client";

/**
 * Takes the pins matching `where` (SQL on "LivePin" p) off the card and gives each one's unsold
 * reserved units back to its product, once: the claim on `stockReturnedAt IS NULL` means a repeated
 * or concurrent call returns nothing twice. The products are locked first, in id order, because a
 * checkout locks the product before the pin: taking them the other way round could deadlock.
 */
export async function returnPinStock(
  tx: Tx,
  target: { sessionId: string; pinId?: string },
  now = new Date(),
): Promise<StockChange[]> {
  const pinId = target.pinId ?? null;
  await tx.$queryRaw`
    SELECT p."id" FROM "Product" p
     WHERE p."id" IN (SELECT "productId" FROM "LivePin"
                       WHERE "sessionId" = ${target.sessionId} AND "stockReturnedAt" IS NULL
                         AND (${pinId}::text IS NULL OR "id" = ${pinId}))
     ORDER BY p."id" FOR UPDATE`;
  const claimed = await tx.$queryRaw<{ productId: string; unsold: number }[]>`
    UPDATE "LivePin"
       SET "stockReturnedAt" = ${now}, "unpinnedAt" = COALESCE("unpinnedAt", ${now})
     WHERE "sessionId" = ${target.sessionId} AND "stockReturnedAt" IS NULL
       AND (${pinId}::text IS NULL OR "id" = ${pinId})
     RETURNING "productId", "reservedQuantity" - "soldQuantity" AS unsold`;
  const changes: StockChange[] = [];
  for (const { productId, unsold } of claimed.sort((a, b) => a.productId.localeCompare(b.productId))) {
    if (unsold > 0) changes.push(await restock(tx, productId, unsold));
  }
  return changes;
}
