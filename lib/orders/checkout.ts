import "server-only";
import type pg from "pg";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { expireForStockChanges } from "@/lib/catalog/invalidate";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { inTransaction } from "@/lib/db/transaction";
import { publishAfterCommit } from "@/lib/events";
import { liveChannel } from "@/lib/live/channel";
import { reserveLiveLine } from "@/lib/live/pins/checkout-reserve";
import { orderExpiry } from "@/lib/payments/checkout-session";
import { paymentProvider } from "@/lib/payments/provider";
import { type AddressInput, addressSchema } from "./address";
import { newOrderNumber } from "./order-number";
import { type CartLine, insertOrder, lockAndReserve } from "./order-rows";

type ProductTitles = { id: string; titleZh: string; titleEn: string };

/**
 * Checkout refused because of one product: the page names it ("sold out: …"). The live ones: its
 * session price is over (the line is back at the normal price for the buyer to look at again), or
 * the buyer would pass the pin's per-buyer `limit`.
 */
export type ProductRefusal = {
  ok: false;
  error: "sold_out" | "unavailable" | "live_price_over" | "live_limit";
  product: ProductTitles;
  limit?: number;
};

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
      if (error instanceof Refused) {
        if (error.result.error === "live_price_over") await dropLivePrice(buyerId, error.result.product.id);
        return (await justPlaced(buyerId, error.result)) ?? error.result;
      }
      // The only unique key an order insert can hit is its random number: draw another.
      if (!isUniqueViolation(error) || attempt >= ORDER_NUMBER_ATTEMPTS) throw error;
    }
  }
  const { order, lines, livePins } = placed;
  await expireForStockChanges(
    lines
      .filter((line) => !line.livePinId)
      .map((line) => ({
        productId: line.productId,
        before: line.stock,
        after: line.stock - line.quantity,
      })),
  );
  // Viewers' cards show the units left at the session price.
  for (const [sessionId, pinId] of livePins)
    await publishAfterCommit([liveChannel(sessionId)], { type: "pin", pinId });
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
  const livePins = new Map<string, string>();
  for (const line of lines) {
    if (!line.livePinId) continue;
    const taken = await reserveLiveLine(client, buyerId, { ...line, livePinId: line.livePinId });
    if (!taken.ok) {
      throw new Refused({
        ok: false,
        error: taken.error,
        product: titlesOf(line),
        ...(taken.perBuyerLimit !== null && { limit: taken.perBuyerLimit }),
      });
    }
    line.priceFen = taken.sessionPriceFen;
    line.reserved = true;
    livePins.set(taken.sessionId, line.livePinId);
  }
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
  return { order, lines, livePins };
}

/**
 * A line whose live price is over goes back to being an ordinary line at the product's price, so
 * the cart and checkout the buyer is sent back to show what it would cost now.
 */
async function dropLivePrice(buyerId: string, productId: string) {
  await db.cartItem.updateMany({
    where: { cart: { userId: buyerId }, productId, livePinId: { not: null } },
    data: { livePinId: null },
  });
}

function titlesOf(line: CartLine): ProductTitles {
  return { id: line.productId, titleZh: line.titleZh, titleEn: line.titleEn };
}
