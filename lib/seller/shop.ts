import "server-only";
import { db } from "@/lib/db/client";

/** The seller's own shop (one per seller), or null for a seller whose shop is not set up. */
export async function getOwnShop(ownerId: string) {
  return db.shop.findUnique({
    where: { ownerId },
    select: { id: true, slug: true, nameZh: true, nameEn: true, status: true },
  });
}

export type OwnShop = NonNullable<Awaited<ReturnType<typeof getOwnShop>>>;

/** Paid parcels waiting for the seller to send them: the number on the "new orders" badge. */
export async function countOrdersToShip(ownerId: string): Promise<number> {
  return db.shopOrder.count({ where: { status: "PAID", shop: { ownerId } } });
}
