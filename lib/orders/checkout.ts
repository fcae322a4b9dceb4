import "server-only";
import type pg from "pg";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { expireForStockChanges } from "@/lib/catalog/invalidate";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { inTransaction } from "@/lib/db/transaction";
import { orderExpiry } from "@/lib/payments/checkout-session";
import { paymentProvider } from "@/lib/payments/provider";
import { type AddressInput, addressSchema } from "./address";
import { newOrderNumber } from "./order-number";
import { type CartLine, insertOrder, lockAndReserve } from "./order-rows";

type ProductTitles = { id: string; titleZh: string; titleEn: string };

/** Checkout refused because of one product: the page names it ("sold out: …"). */
export type ProductRefusal = { ok: false; error: "sold_out" | "unavailable"; product: ProductTitles };

export type PlaceOrderResult =
  /** `alreadyPlaced`: this was a repeat (a second tab, a double tap) of a checkout that just went through. */
  | ActionResult<{ orderId: string; number: string; redirectUrl: string; alreadyPlaced: boolean }>
  | ProductRefusal;

class Refused extends Error {
  constructor(readonly result: ProductRefusal | { ok: false; error: "cart_empty" }) {
    super(result.error);
  }
}

const ORDER_NUMBER_ATTEMPTS = 5;

/**
 * Turns the buyer's cart into an order: one shop order per shop, items with title and price copied
 * from the database (nothing the form says about prices, totals or shops is read), stock reserved,
 * and the order's payment record, all in one transaction that rolls back whole when any item cannot
 * be had: an order never exists without its payment. Two statements inside it, and nothing outside
 * it but reading the caller's role: the provider's checkout is opened by the pay page the buyer is
 * sent to (idempotently, so a retry is simply made again), and expiry is the sweeping job's.
 */
export async function placeOrder(userId: string | null, input: unknown): Promise<PlaceOrderResult> {
  const guard = await loadActor(userId, ["BUYER"]);
  if (!guard.ok) return guard;
  const parsed = addressSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const buyerId = guard.actor.id;

  let placed: Awaited<ReturnType<typeof createOrder>> | undefined;
  for (let attempt = 1; !placed; attempt++) {
    try {
      placed = await inTransaction((client) => createOrder(client, buyerId, parsed.data));
    } catch (error) {
      if (error instanceof Refused) return (await justPlaced(buyerId, error.result)) ?? error.result;
      // The only unique key an order insert can hit is its random number: draw another.
      if (!isUniqueViolation(error) || attempt >= ORDER_NUMBER_ATTEMPTS) throw error;
    }
  }
  const { order, lines } = placed;
  await expireForStockChanges(
    lines.map((line) => ({
      productId: line.productId,
      before: line.stock,
      after: line.stock - line.quantity,
    })),
  );
  return {
    ok: true,
    data: { orderId: order.id, number: order.number, redirectUrl: `/pay/${order.id}`, alreadyPlaced: false },
  };
}

/** How recent an order must be for an empty cart to mean "that checkout already went through". */
const REPEAT_WINDOW_MS = 2 * 60_000;

/**
 * The cart's lines are claimed by the first checkout (they are locked, then deleted with the order),
 * so a repeat finds the cart empty: it is sent to the order just placed instead of being told so.
 */
async function justPlaced(buyerId: string, refusal: Refused["result"]) {
  if (refusal.error !== "cart_empty") return null;
  const order = await db.order.findFirst({
    where: { buyerId, createdAt: { gte: new Date(Date.now() - REPEAT_WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    select: { id: true, number: true },
  });
  if (!order) return null;
  return {
    ok: true as const,
    data: { orderId: order.id, number: order.number, redirectUrl: `/pay/${order.id}`, alreadyPlaced: true },
  };
}

async function createOrder(client: pg.PoolClient, buyerId: string, address: AddressInput) {
  const lines = await lockAndReserve(client, buyerId);
  if (lines.length === 0) throw new Refused({ ok: false, error: "cart_empty" });
  const unavailable = lines.find((line) => !line.available);
  if (unavailable) throw new Refused({ ok: false, error: "unavailable", product: titlesOf(unavailable) });
  const soldOut = lines.find((line) => !line.reserved);
  if (soldOut) throw new Refused({ ok: false, error: "sold_out", product: titlesOf(soldOut) });
  const order = await insertOrder(client, {
    buyerId,
    number: newOrderNumber(),
    address,
    lines,
    provider: paymentProvider.name,
    expiresAt: orderExpiry(),
  });
  return { order, lines };
}

function titlesOf(line: CartLine): ProductTitles {
  return { id: line.productId, titleZh: line.titleZh, titleEn: line.titleEn };
}
