import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { after, newestFirst, type Position, page } from "./cursor";
import { fen, iso, isoOrNull } from "./schemas/common";
import {
  SELLER_ORDER_STATUSES,
  type sellerOrderListSchema,
  type sellerOrderQuery,
  type sellerProductListSchema,
  type sellerProductQuery,
} from "./schemas/seller";

// A seller's own rows, read for a token: every query names the token owner's shop in its `where`.

export async function listOwnProductsForApi(
  shopId: string,
  query: z.output<typeof sellerProductQuery>,
  from: Position | undefined,
): Promise<z.input<typeof sellerProductListSchema>> {
  const rows = await db.product.findMany({
    where: { shopId, ...(query.status ? { status: query.status } : {}), ...after(from) },
    orderBy: [...newestFirst],
    take: query.limit + 1,
    select: {
      id: true,
      titleZh: true,
      titleEn: true,
      priceFen: true,
      stock: true,
      unit: true,
      status: true,
      category: { select: { slug: true } },
      createdAt: true,
      updatedAt: true,
    },
  });
  const { rows: shown, nextCursor } = page(rows, query.limit);
  return {
    data: shown.map((product) => ({
      id: product.id,
      titleZh: product.titleZh,
      titleEn: product.titleEn,
      price: fen(product.priceFen),
      stock: product.stock,
      unit: product.unit,
      status: product.status,
      categorySlug: product.category.slug,
      createdAt: iso(product.createdAt),
      updatedAt: iso(product.updatedAt),
    })),
    nextCursor,
  };
}

export async function listOwnOrdersForApi(
  shopId: string,
  query: z.output<typeof sellerOrderQuery>,
  from: Position | undefined,
): Promise<z.input<typeof sellerOrderListSchema>> {
  const rows = await db.shopOrder.findMany({
    // Unpaid and cancelled parcels are the buyer's business, as on the seller's own pages.
    where: {
      shopId,
      status: { in: query.status ? [query.status] : [...SELLER_ORDER_STATUSES] },
      ...after(from),
    },
    orderBy: [...newestFirst],
    take: query.limit + 1,
    select: {
      id: true,
      status: true,
      subtotalFen: true,
      refundedFen: true,
      commissionFen: true,
      payoutFen: true,
      courier: true,
      trackingNumber: true,
      createdAt: true,
      paidAt: true,
      shippedAt: true,
      order: { select: { number: true, province: true, city: true } },
      items: {
        orderBy: { id: "asc" },
        select: {
          productId: true,
          titleZh: true,
          titleEn: true,
          unitPriceFen: true,
          quantity: true,
          refundedQuantity: true,
          lineTotalFen: true,
        },
      },
    },
  });
  const { rows: shown, nextCursor } = page(rows, query.limit);
  return {
    data: shown.map((parcel) => ({
      id: parcel.id,
      orderNumber: parcel.order.number,
      // The where above admits only these.
      status: parcel.status as (typeof SELLER_ORDER_STATUSES)[number],
      subtotal: fen(parcel.subtotalFen),
      refunded: fen(parcel.refundedFen),
      commission: fen(parcel.commissionFen),
      payout: fen(parcel.payoutFen),
      courier: parcel.courier,
      trackingNumber: parcel.trackingNumber,
      destination: { province: parcel.order.province, city: parcel.order.city },
      createdAt: iso(parcel.createdAt),
      paidAt: isoOrNull(parcel.paidAt),
      shippedAt: isoOrNull(parcel.shippedAt),
      items: parcel.items.map((item) => ({
        productId: item.productId,
        titleZh: item.titleZh,
        titleEn: item.titleEn,
        unitPrice: fen(item.unitPriceFen),
        quantity: item.quantity,
        refundedQuantity: item.refundedQuantity,
        lineTotal: fen(item.lineTotalFen),
      })),
    })),
    nextCursor,
  };
}
