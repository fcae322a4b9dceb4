import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { catalogTag } from "@/lib/catalog/cache-tags";
import { productCardSelect, visibleProduct } from "@/lib/catalog/visibility";
import { db } from "@/lib/db/client";
import { liveTag } from "./cache-tags";

// A show that never started stops being "upcoming" this long after its time (the seller may be late).
const LATE_GRACE_MS = 2 * 3600 * 1000;
const LIST_SIZE = 12;

const cardSelect = {
  id: true,
  title: true,
  status: true,
  scheduledAt: true,
  startedAt: true,
  // Only whether there is one: the bytes are served by /live-cover/[id].
  coverImage: false,
  shop: { select: { id: true, slug: true, nameZh: true, nameEn: true } },
  products: {
    orderBy: { sortOrder: "asc" },
    take: 1,
    select: {
      product: { select: { images: { select: { id: true }, orderBy: { sortOrder: "asc" }, take: 1 } } },
    },
  },
} as const;

type CardRow = {
  id: string;
  title: string;
  status: "SCHEDULED" | "LIVE" | "ENDED" | "CANCELLED";
  scheduledAt: Date;
  startedAt: Date | null;
  shop: { id: string; slug: string; nameZh: string; nameEn: string };
  products: { product: { images: { id: string }[] } }[];
};

export type LiveCard = Omit<CardRow, "products"> & { hasCover: boolean; fallbackImageId: string | null };

async function toCards(rows: CardRow[]): Promise<LiveCard[]> {
  const withCover = new Set(
    (
      await db.liveSession.findMany({
        where: { id: { in: rows.map((row) => row.id) }, coverImage: { not: null } },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  return rows.map(({ products, ...row }) => ({
    ...row,
    hasCover: withCover.has(row.id),
    fallbackImageId: products[0]?.product.images[0]?.id ?? null,
  }));
}

/** Live now (newest first) and upcoming (soonest first), of active shops; cached until a change. */
export async function getLiveLists(shopId?: string): Promise<{ live: LiveCard[]; upcoming: LiveCard[] }> {
  "use cache";
  cacheLife("catalog");
  cacheTag(catalogTag.all, shopId ? liveTag.shop(shopId) : liveTag.lists);
  const shop = { status: "ACTIVE" as const, ...(shopId ? { id: shopId } : {}) };
  const [live, upcoming] = await Promise.all([
    db.liveSession.findMany({
      where: { status: "LIVE", shop },
      orderBy: [{ startedAt: "desc" }, { id: "asc" }],
      take: LIST_SIZE,
      select: cardSelect,
    }),
    db.liveSession.findMany({
      where: { status: "SCHEDULED", shop, scheduledAt: { gt: new Date(Date.now() - LATE_GRACE_MS) } },
      orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
      take: LIST_SIZE,
      select: cardSelect,
    }),
  ]);
  return { live: await toCards(live), upcoming: await toCards(upcoming) };
}

/** One session's page: status, shop, its products (those still on sale), the replay. */
export async function getLiveSession(sessionId: string) {
  "use cache";
  cacheLife("catalog");
  cacheTag(catalogTag.all, liveTag.session(sessionId));
  const session = await db.liveSession.findFirst({
    where: { id: sessionId, shop: { status: "ACTIVE" }, status: { not: "CANCELLED" } },
    select: {
      id: true,
      title: true,
      status: true,
      scheduledAt: true,
      startedAt: true,
      endedAt: true,
      replayPath: true,
      shop: { select: { id: true, slug: true, nameZh: true, nameEn: true } },
      products: {
        where: { product: visibleProduct },
        orderBy: { sortOrder: "asc" },
        select: { product: { select: productCardSelect } },
      },
    },
  });
  if (!session) return null;
  const cover = await db.liveSession.count({ where: { id: sessionId, coverImage: { not: null } } });
  for (const { product } of session.products) cacheTag(catalogTag.card(product.id));
  return {
    ...session,
    hasCover: cover > 0,
    products: session.products.map(({ product }) => product),
  };
}

export type LiveSessionView = NonNullable<Awaited<ReturnType<typeof getLiveSession>>>;
