import "server-only";
import { db } from "@/lib/db/client";
import { publishAfterCommit } from "@/lib/events";
import { inboxChannel } from "./channels";

/**
 * After an order is paid (and committed): each of its shops' sellers hears of it on their inbox
 * channel, so the seller centre can announce it by sound and voice. Only a note: the orders page is
 * where the order is read, so a missed note loses nothing.
 */
export async function announcePaidOrder(orderId: string): Promise<void> {
  try {
    await announce(orderId);
  } catch (error) {
    // The payment is settled whatever happens to its announcement.
    console.error("[messages] order announcement failed:", (error as Error).message);
  }
}

async function announce(orderId: string) {
  const parcels = await db.shopOrder.findMany({
    where: { orderId, status: "PAID" },
    select: { id: true, subtotalFen: true, shop: { select: { ownerId: true } } },
  });
  await Promise.all(
    parcels.map((parcel) =>
      publishAfterCommit([inboxChannel(parcel.shop.ownerId)], {
        type: "order",
        shopOrderId: parcel.id,
        totalFen: parcel.subtotalFen,
      }),
    ),
  );
}
