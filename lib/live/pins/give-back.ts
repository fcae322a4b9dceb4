import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { publishAfterCommit } from "@/lib/events";
import { liveChannel } from "@/lib/live/channel";

/**
 * An unpaid order bought from a pinned card was called off: its units go back to the pin's reserved
 * pool while the pin still holds stock (its session price stays with the show), and to the
 * product's stock once the pin has returned its units (unpinned, or the show ended). One row lock
 * decides which: the pin's return claims the same row, so a unit is counted in exactly one place.
 * The caller has locked the product row already (the lock order of every stock writer). Returns
 * true when the pool took them.
 */
export async function giveBackToPin(tx: Tx, livePinId: string, quantity: number): Promise<boolean> {
  const back = await tx.$executeRaw`
    UPDATE "LivePin" SET "soldQuantity" = "soldQuantity" - ${quantity}
     WHERE "id" = ${livePinId} AND "stockReturnedAt" IS NULL AND "soldQuantity" >= ${quantity}`;
  return back === 1;
}

/**
 * After an unpaid order was called off: its live lines may have refilled a pin's units, so the
 * shows they came from re-read their card (remaining units) for every viewer.
 */
export async function announcePinsOf(orderId: string): Promise<void> {
  const lines = await db.orderItem.findMany({
    where: { shopOrder: { orderId }, livePinId: { not: null } },
    select: { livePin: { select: { id: true, sessionId: true } } },
  });
  for (const { livePin } of lines) {
    if (livePin)
      await publishAfterCommit([liveChannel(livePin.sessionId)], { type: "pin", pinId: livePin.id });
  }
}
