import "server-only";
import type { StockChange } from "@/lib/catalog/cache-tags";
import type { Tx } from "@/lib/db/client";
import { returnPinStock } from "./return-stock";

/**
 * Ends a session's pins and gives each pin's unsold reserved units back to its product, inside the
 * caller's transaction (the one that ends the session). A pin is returned once: the claim on
 * `stockReturnedAt IS NULL` means a repeated or concurrent unpublish callback returns nothing twice.
 * Unpinning already returns a pin's units (lib/live/pins/unpin.ts), so at the end only the pin on
 * the card is left to return. Returns the stock changes, so the caller can refresh the cached
 * storefront after it commits.
 */
export function releaseSessionPins(tx: Tx, sessionId: string, now = new Date()): Promise<StockChange[]> {
  return returnPinStock(tx, { sessionId }, now);
}
