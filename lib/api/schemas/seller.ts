import { z } from "zod";
import { listSchema, moneySchema, pageQuery, timestampSchema } from "./common";

export const sellerProductSchema = z
  .object({
    id: z.string(),
    titleZh: z.string(),
    titleEn: z.string(),
    price: moneySchema,
    stock: z.number().int().min(0),
    unit: z.enum(["PIECE", "JIN", "BOX", "KG", "BOTTLE"]),
    status: z.enum(["DRAFT", "ACTIVE", "ARCHIVED"]),
    categorySlug: z.string(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .meta({ id: "SellerProduct" });

export const sellerProductListSchema = listSchema(sellerProductSchema, "SellerProductList");
export const sellerProductQuery = z.object({
  status: z.enum(["DRAFT", "ACTIVE", "ARCHIVED"]).optional(),
  ...pageQuery,
});

/** The parcels a seller sees: paid ones to send, sent ones, and ones given back in full. */
export const SELLER_ORDER_STATUSES = ["PAID", "SHIPPED", "DELIVERED", "REFUNDED"] as const;

export const sellerOrderSchema = z
  .object({
    id: z.string().meta({ description: "The shop order (one parcel of a buyer's checkout)." }),
    orderNumber: z.string(),
    status: z.enum(SELLER_ORDER_STATUSES),
    subtotal: moneySchema,
    refunded: moneySchema,
    commission: moneySchema.meta({ description: "The village's commission on this parcel." }),
    payout: moneySchema.meta({ description: "What the shop is paid for it before refunds." }),
    courier: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    destination: z
      .object({ province: z.string(), city: z.string() })
      .meta({ description: "Where it goes; the buyer's name, phone and street stay on the seller pages." }),
    createdAt: timestampSchema,
    paidAt: timestampSchema.nullable(),
    shippedAt: timestampSchema.nullable(),
    items: z.array(
      z.object({
        productId: z.string(),
        titleZh: z.string().meta({ description: "As it was when sold." }),
        titleEn: z.string(),
        unitPrice: moneySchema,
        quantity: z.number().int(),
        refundedQuantity: z.number().int(),
        lineTotal: moneySchema,
      }),
    ),
  })
  .meta({ id: "SellerOrder" });

export const sellerOrderListSchema = listSchema(sellerOrderSchema, "SellerOrderList");
export const sellerOrderQuery = z.object({
  status: z.enum(SELLER_ORDER_STATUSES).optional(),
  ...pageQuery,
});
