import "server-only";
import { db } from "@/lib/db/client";

const parcelSelect = {
  id: true,
  status: true,
  subtotalFen: true,
  refundedFen: true,
  courier: true,
  trackingNumber: true,
  paidAt: true,
  shippedAt: true,
  deliveredAt: true,
  shop: { select: { slug: true, nameZh: true, nameEn: true } },
} as const;

/** One of the buyer's own orders with a parcel per shop; null for anyone else's (the page says 404). */
export async function getBuyerOrder(buyerId: string, orderId: string) {
  if (orderId.length > 40) return null;
  return db.order.findFirst({
    where: { id: orderId, buyerId },
    select: {
      id: true,
      number: true,
      status: true,
      totalFen: true,
      createdAt: true,
      paidAt: true,
      expiresAt: true,
      cancelReason: true,
      recipientName: true,
      recipientPhone: true,
      province: true,
      city: true,
      addressLine: true,
      postalCode: true,
      shopOrders: {
        orderBy: { id: "asc" },
        select: {
          ...parcelSelect,
          items: {
            orderBy: { id: "asc" },
            select: {
              id: true,
              productId: true,
              titleZh: true,
              titleEn: true,
              unitPriceFen: true,
              quantity: true,
              lineTotalFen: true,
              refundedQuantity: true,
            },
          },
        },
      },
    },
  });
}

export type BuyerOrder = NonNullable<Awaited<ReturnType<typeof getBuyerOrder>>>;
export type BuyerParcel = BuyerOrder["shopOrders"][number];

const ORDERS_PAGE_SIZE = 20;

/** The buyer's orders, newest first (the (buyerId, createdAt) index), each with its parcels. */
export async function listBuyerOrders(buyerId: string, page = 1) {
  const [total, orders] = await Promise.all([
    db.order.count({ where: { buyerId } }),
    db.order.findMany({
      where: { buyerId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * ORDERS_PAGE_SIZE,
      take: ORDERS_PAGE_SIZE,
      select: {
        id: true,
        number: true,
        status: true,
        totalFen: true,
        createdAt: true,
        shopOrders: {
          orderBy: { id: "asc" },
          select: { ...parcelSelect, _count: { select: { items: true } } },
        },
      },
    }),
  ]);
  return { orders, total, pageCount: Math.max(1, Math.ceil(total / ORDERS_PAGE_SIZE)) };
}
