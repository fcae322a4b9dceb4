import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma, ShopOrderStatus } from "@/lib/generated/prisma/client";
import { PAID_SHOP_ORDER_STATUSES } from "@/lib/orders/status";

export const ORDER_TABS = ["to-ship", "shipped", "all"] as const;
export type OrderTab = (typeof ORDER_TABS)[number];

// Unpaid and cancelled parcels are the buyer's business: a seller only ever sees parcels to send or sent,
// and (under "all") parcels given back in full, which are neither.
const tabStatuses: Record<OrderTab, ShopOrderStatus[]> = {
  "to-ship": ["PAID"],
  shipped: ["SHIPPED", "DELIVERED"],
  all: [...PAID_SHOP_ORDER_STATUSES, "REFUNDED"],
};

export function parseOrderTab(raw: string | string[] | undefined): OrderTab {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return ORDER_TABS.find((tab) => tab === value) ?? "to-ship";
}

const itemPhoto = {
  select: {
    images: {
      select: { id: true },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      take: 1,
    },
  },
} satisfies Prisma.ProductDefaultArgs;

const parcelSelect = {
  id: true,
  status: true,
  subtotalFen: true,
  refundedFen: true,
  createdAt: true,
  paidAt: true,
  shippedAt: true,
  courier: true,
  trackingNumber: true,
  order: { select: { number: true, province: true, city: true } },
  items: {
    orderBy: { id: "asc" },
    select: {
      id: true,
      titleZh: true,
      titleEn: true,
      quantity: true,
      refundedQuantity: true,
      product: itemPhoto,
    },
  },
} satisfies Prisma.ShopOrderSelect;

export const SELLER_ORDERS_PAGE_SIZE = 20;

/** This shop's parcels on one tab, newest first, with the counts shown on the tabs. */
export async function listOwnShopOrders(ownerId: string, tab: OrderTab, page = 1) {
  const own = { shop: { ownerId } } satisfies Prisma.ShopOrderWhereInput;
  const where = { ...own, status: { in: tabStatuses[tab] } } satisfies Prisma.ShopOrderWhereInput;
  const [toShip, shipped, all, parcels] = await Promise.all([
    db.shopOrder.count({ where: { ...own, status: { in: tabStatuses["to-ship"] } } }),
    db.shopOrder.count({ where: { ...own, status: { in: tabStatuses.shipped } } }),
    db.shopOrder.count({ where: { ...own, status: { in: tabStatuses.all } } }),
    db.shopOrder.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SELLER_ORDERS_PAGE_SIZE,
      take: SELLER_ORDERS_PAGE_SIZE,
      select: parcelSelect,
    }),
  ]);
  const counts: Record<OrderTab, number> = { "to-ship": toShip, shipped, all };
  return {
    parcels,
    counts,
    pageCount: Math.max(1, Math.ceil(counts[tab] / SELLER_ORDERS_PAGE_SIZE)),
  };
}

export type OwnParcelRow = Awaited<ReturnType<typeof listOwnShopOrders>>["parcels"][number];

/** One parcel of the seller's own shop with where to send it; null for another shop's (a 404). */
export async function getOwnShopOrder(ownerId: string, shopOrderId: string) {
  if (shopOrderId.length > 40) return null;
  return db.shopOrder.findFirst({
    where: { id: shopOrderId, shop: { ownerId }, status: { in: tabStatuses.all } },
    select: {
      ...parcelSelect,
      order: {
        select: {
          number: true,
          recipientName: true,
          recipientPhone: true,
          province: true,
          city: true,
          addressLine: true,
          postalCode: true,
        },
      },
      items: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          titleZh: true,
          titleEn: true,
          quantity: true,
          refundedQuantity: true,
          unitPriceFen: true,
          lineTotalFen: true,
          product: { select: { unit: true, ...itemPhoto.select } },
        },
      },
    },
  });
}

export type OwnParcel = NonNullable<Awaited<ReturnType<typeof getOwnShopOrder>>>;
