import "server-only";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { db, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { enqueueSoon, QUEUES } from "@/lib/jobs/queue";
import { commissionSplit } from "@/lib/money";
import { checkoutUrlFor, orderExpiry } from "@/lib/payments/checkout-session";
import { paymentProvider } from "@/lib/payments/provider";
import { type AddressInput, addressSchema } from "./address";
import { newOrderNumber } from "./order-number";

type ProductTitles = { id: string; titleZh: string; titleEn: string };

/** Checkout refused because of one product: the page names it ("sold out: …"). */
export type ProductRefusal = { ok: false; error: "sold_out" | "unavailable"; product: ProductTitles };

export type PlaceOrderResult =
  | ActionResult<{ orderId: string; number: string; redirectUrl: string }>
  | ProductRefusal;

class Refused extends Error {
  constructor(readonly result: ProductRefusal | { ok: false; error: "cart_empty" }) {
    super(result.error);
  }
}

const ORDER_NUMBER_ATTEMPTS = 5;

/**
 * Turns the buyer's cart into an order: one shop order per shop, items with title and price copied
 * from the database (nothing the form says about prices, totals or shops is read), and stock
 * reserved with one conditional update per item, and the order's payment record, all in one
 * transaction that rolls back whole when any item cannot be had: an order never exists without its
 * payment. Then opens the provider's checkout (idempotently, so it can simply be retried) and says
 * where to send the buyer: the hosted page, or our pay page when the provider did not answer.
 */
export async function placeOrder(userId: string | null, input: unknown): Promise<PlaceOrderResult> {
  const guard = await loadActor(userId, ["BUYER"]);
  if (!guard.ok) return guard;
  const parsed = addressSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const buyerId = guard.actor.id;

  const cart = await db.cart.findUnique({ where: { userId: buyerId }, select: { id: true } });
  if (!cart) return fail("cart_empty");

  let order: Awaited<ReturnType<typeof createOrder>> | undefined;
  for (let attempt = 1; !order; attempt++) {
    try {
      order = await db.$transaction((tx) => createOrder(tx, buyerId, cart.id, parsed.data));
    } catch (error) {
      if (error instanceof Refused) return error.result;
      // The only unique key an order insert can hit is its random number: draw another.
      const numberTaken = isUniqueViolation(error);
      if (!numberTaken || attempt >= ORDER_NUMBER_ATTEMPTS) throw error;
    }
  }
  await enqueueSoon(
    QUEUES.expireOrder,
    { orderId: order.id },
    { startAfter: order.expiresAt, singletonKey: order.id },
  );
  const redirectUrl = await checkoutUrlFor(order.paymentId).catch((error: unknown) => {
    console.error("[checkout] the provider did not open a checkout; the pay page retries it", error);
    return null;
  });
  return {
    ok: true,
    data: { orderId: order.id, number: order.number, redirectUrl: redirectUrl ?? `/pay/${order.id}` },
  };
}

async function createOrder(tx: Tx, buyerId: string, cartId: string, address: AddressInput) {
  const items = await tx.cartItem.findMany({
    where: { cartId },
    // One lock order for every checkout, so two carts sharing products cannot deadlock.
    orderBy: { productId: "asc" },
    select: {
      quantity: true,
      product: {
        select: {
          id: true,
          titleZh: true,
          titleEn: true,
          priceFen: true,
          status: true,
          shop: { select: { id: true, status: true, village: { select: { commissionBps: true } } } },
        },
      },
    },
  });
  if (items.length === 0) throw new Refused({ ok: false, error: "cart_empty" });

  for (const { quantity, product } of items) {
    const titles = { id: product.id, titleZh: product.titleZh, titleEn: product.titleEn };
    if (product.status !== "ACTIVE" || product.shop.status !== "ACTIVE") {
      throw new Refused({ ok: false, error: "unavailable", product: titles });
    }
    // Reserve: one statement that only succeeds while enough stock is left. Never read-then-write.
    const reserved = await tx.product.updateMany({
      where: { id: product.id, stock: { gte: quantity }, status: "ACTIVE", shop: { status: "ACTIVE" } },
      data: { stock: { decrement: quantity } },
    });
    if (reserved.count !== 1) throw new Refused({ ok: false, error: "sold_out", product: titles });
  }

  const byShop = new Map<string, typeof items>();
  for (const item of items) {
    byShop.set(item.product.shop.id, [...(byShop.get(item.product.shop.id) ?? []), item]);
  }
  const shopOrders = [...byShop].map(([shopId, shopItems]) => {
    const commissionBps = shopItems[0]?.product.shop.village.commissionBps ?? 0;
    const lines = shopItems.map(({ quantity, product }) => ({
      productId: product.id,
      titleZh: product.titleZh,
      titleEn: product.titleEn,
      unitPriceFen: product.priceFen,
      quantity,
      lineTotalFen: product.priceFen * quantity,
    }));
    const subtotalFen = lines.reduce((sum, line) => sum + line.lineTotalFen, 0);
    return { shopId, subtotalFen, ...commissionSplit(subtotalFen, commissionBps), lines };
  });
  const totalFen = shopOrders.reduce((sum, shopOrder) => sum + shopOrder.subtotalFen, 0);
  const expiresAt = orderExpiry();

  const order = await tx.order.create({
    data: {
      number: newOrderNumber(),
      buyerId,
      totalFen,
      expiresAt,
      ...address,
      shopOrders: {
        create: shopOrders.map(({ lines, ...shopOrder }) => ({ ...shopOrder, items: { create: lines } })),
      },
      payments: { create: { provider: paymentProvider.name, amountFen: totalFen, expiresAt } },
    },
    select: { id: true, number: true, expiresAt: true, payments: { select: { id: true } } },
  });
  // Only the lines just ordered: anything added to the cart meanwhile stays for next time.
  await tx.cartItem.deleteMany({
    where: { cartId, productId: { in: items.map((item) => item.product.id) } },
  });
  const paymentId = order.payments[0]?.id;
  if (!paymentId || !order.expiresAt) throw new Error("order created without its payment");
  return { id: order.id, number: order.number, expiresAt: order.expiresAt, paymentId };
}
