// Builders for the buyer side: a stocked shop, a buyer with a filled cart, a placed order.
import { db } from "@/lib/db/client";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { placeOrder } from "@/lib/orders/checkout";
import { payOrder, settleOnReturn } from "@/lib/payments/checkout-session";
import { createProduct, createShop, createUser } from "./factories";
import { type Method, payAtProvider, sessionOf } from "./stripe-local";

export const validAddress = {
  recipientName: "李娜",
  recipientPhone: "13800138000",
  province: "湖北省",
  city: "十堰市",
  addressLine: "郧西县下营村 1 号",
  postalCode: "442600",
};

export function createBuyer() {
  return createUser("BUYER");
}

/** An active product in a shop of the given status (active unless said otherwise). */
export async function createListedProduct(
  options: { stock?: number; priceFen?: number; shopStatus?: ShopStatus; categoryId?: string } = {},
) {
  const { shop, owner } = await createShop({ status: options.shopStatus ?? "ACTIVE" });
  const product = await createProduct(shop.id, {
    stock: options.stock ?? 10,
    priceFen: options.priceFen ?? 10_000,
    categoryId: options.categoryId,
  });
  return { shop, owner, product };
}

/** Puts lines straight into a buyer's cart, as if they had added them. */
export async function fillCart(buyerId: string, lines: { productId: string; quantity: number }[]) {
  const cart = await db.cart.upsert({ where: { userId: buyerId }, create: { userId: buyerId }, update: {} });
  for (const line of lines) {
    await db.cartItem.upsert({
      where: { cartId_productId: { cartId: cart.id, productId: line.productId } },
      create: { cartId: cart.id, ...line },
      update: { quantity: line.quantity },
    });
  }
  return cart;
}

/** A buyer who has checked out the given lines; returns the order id (fails the test if refused). */
export async function placeTestOrder(buyerId: string, lines: { productId: string; quantity: number }[]) {
  await fillCart(buyerId, lines);
  const result = await placeOrder(buyerId, validAddress);
  if (!result.ok) throw new Error(`checkout refused: ${result.error}`);
  // The pay page the buyer lands on opens the provider's checkout.
  const opened = await payOrder(buyerId, { orderId: result.data.orderId });
  if (!opened.ok) throw new Error(`checkout not opened: ${opened.error}`);
  return result.data.orderId;
}

export function stockOf(productId: string) {
  return db.product
    .findUniqueOrThrow({ where: { id: productId }, select: { stock: true } })
    .then((p) => p.stock);
}

export function ordersOf(buyerId: string) {
  return db.order.findMany({ where: { buyerId }, include: { shopOrders: { include: { items: true } } } });
}

/**
 * Pays an order the way a buyer does: on the provider's hosted page (the local Stripe server), then
 * back on our return page, which settles it. Returns what settling said.
 */
export async function payTestOrder(buyerId: string, orderId: string, method: Method = "card") {
  const { sessionRef } = await sessionOf(orderId);
  await payAtProvider(sessionRef, method);
  return settleOnReturn(buyerId, orderId);
}
