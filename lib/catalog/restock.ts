import "server-only";
import type { Tx } from "@/lib/db/client";
import type { StockChange } from "./cache-tags";

/** Puts units back on a product's stock inside the caller's transaction; says what changed, for the cache. */
export async function restock(tx: Tx, productId: string, quantity: number): Promise<StockChange> {
  const { stock } = await tx.product.update({
    where: { id: productId },
    data: { stock: { increment: quantity } },
    select: { stock: true },
  });
  return { productId, before: stock - quantity, after: stock };
}
