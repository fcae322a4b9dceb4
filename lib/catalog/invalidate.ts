import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { revalidateTag, updateTag } from "next/cache";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { type StockChange, tagsForStockChanges } from "./cache-tags";

export const REVALIDATE_PATH = "/api/internal/revalidate";

/** The bearer token of the revalidation route: derived from the session secret, never stored. */
export function revalidateToken(): string {
  return createHmac("sha256", env.NEXTAUTH_SECRET).update("catalog-revalidate").digest("hex");
}

export function isRevalidateToken(token: string | null): boolean {
  if (!token) return false;
  const expected = Buffer.from(revalidateToken());
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Jobs run outside any request, where Next cannot expire tags: they ask this server's own route. */
async function expireFromOutsideRequest(tags: string[]) {
  const port = process.env.PORT ?? "3000";
  try {
    const response = await fetch(`http://127.0.0.1:${port}${REVALIDATE_PATH}`, {
      method: "POST",
      headers: { authorization: `Bearer ${revalidateToken()}`, "content-type": "application/json" },
      body: JSON.stringify({ tags }),
    });
    if (!response.ok) throw new Error(`status ${response.status}`);
  } catch (error) {
    // The catalog's cache life (next.config.ts, `catalog`) still heals the page within minutes.
    logger.warn({ err: error, tags }, "catalog revalidation request failed");
  }
}

/**
 * Expires catalog tags after a write has committed, from wherever the write ran: a server action
 * (the writer's next view is fresh), a route handler such as the payment webhook, or a job.
 */
export async function expireCatalog(tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  try {
    for (const tag of tags) updateTag(tag);
    return;
  } catch {
    // Not in a server action.
  }
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    return;
  } catch {
    // Not in a request at all.
  }
  await expireFromOutsideRequest(tags);
}

export function expireForStockChanges(changes: StockChange[]): Promise<void> {
  return expireCatalog(tagsForStockChanges(changes));
}
