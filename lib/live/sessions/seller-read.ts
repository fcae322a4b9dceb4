import "server-only";
import { db } from "@/lib/db/client";

/** The seller's own shows, newest scheduled first (per request: the seller centre is never cached). */
export async function listOwnSessions(ownerId: string) {
  return db.liveSession.findMany({
    where: { shop: { ownerId } },
    orderBy: [{ scheduledAt: "desc" }, { id: "asc" }],
    take: 50,
    select: {
      id: true,
      title: true,
      status: true,
      scheduledAt: true,
      startedAt: true,
      endedAt: true,
      replayPath: true,
      _count: { select: { products: true } },
    },
  });
}

/** Her active products to choose from: big photos, price. */
export async function listOwnActiveProducts(ownerId: string) {
  return db.product.findMany({
    where: { shop: { ownerId }, status: "ACTIVE" },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 60,
    select: {
      id: true,
      titleZh: true,
      titleEn: true,
      priceFen: true,
      images: { select: { id: true }, orderBy: { sortOrder: "asc" }, take: 1 },
    },
  });
}

/** One of her shows for the console; null when it is not hers. */
export async function getOwnSession(ownerId: string, sessionId: string) {
  return db.liveSession.findFirst({
    where: { id: sessionId, shop: { ownerId } },
    select: {
      id: true,
      title: true,
      status: true,
      scheduledAt: true,
      startedAt: true,
      endedAt: true,
      replayPath: true,
      shopId: true,
    },
  });
}
