import "server-only";
import type { Tx } from "@/lib/db/client";
import type { ProviderEvent } from "./types";

/** An event being processed, with the provider it came from. */
export type ReceivedEvent = ProviderEvent & { provider: string };

/**
 * The at-most-once gate: inserted in the same transaction as the changes the event causes, so a
 * second delivery (even a concurrent one) fails on the unique (provider, providerEventId) and rolls
 * its whole transaction back.
 */
export async function recordEvent(tx: Tx, event: ReceivedEvent | undefined, paymentId: string | null) {
  if (!event) return;
  await tx.paymentEvent.create({
    data: { provider: event.provider, providerEventId: event.eventId, type: event.type, paymentId },
  });
}
