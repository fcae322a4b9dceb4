import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { idString } from "@/lib/validation/text";
import { paymentProvider } from "./provider";
import { type SettleOutcome, settlePayment } from "./settle";

/**
 * Stripe refuses a Checkout Session that ends sooner than 30 minutes after it is opened, to the
 * second. The order and its session share one expiry, so it carries this much grace for the moment
 * between checkout and the provider's answer.
 */
const STRIPE_SHORTEST_SESSION_MS = 30 * 60_000;
const OPENING_GRACE_MS = 2 * 60_000;
/** An attempt not opened yet that ends sooner than this can no longer be opened. */
const TOO_LATE_TO_OPEN_MS = STRIPE_SHORTEST_SESSION_MS + 15_000;

export function orderExpiry(from = new Date()) {
  return new Date(from.getTime() + env.ORDER_PAYMENT_MINUTES * 60_000 + OPENING_GRACE_MS);
}

/**
 * The hosted payment page of a payment opened with our checkout. The Payment row exists before the
 * provider is called (it is created with the order); the call's idempotency key is the order and
 * attempt, so a double click, a retried request or ten at once open one session, and a call whose
 * answer was lost is simply made again.
 */
export async function checkoutUrlFor(paymentId: string): Promise<string | null> {
  // Every view of the pay page asks: once the session exists, its URL is all that is read.
  const opened = await db.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: { status: true, checkoutUrl: true },
  });
  if (opened.checkoutUrl) return opened.checkoutUrl;
  if (opened.status !== "PENDING") return null;
  const payment = await db.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: {
      id: true,
      attempt: true,
      currency: true,
      expiresAt: true,
      order: {
        select: {
          id: true,
          number: true,
          shopOrders: {
            orderBy: { id: "asc" },
            select: {
              items: {
                orderBy: { id: "asc" },
                select: { titleZh: true, unitPriceFen: true, quantity: true },
              },
            },
          },
        },
      },
    },
  });
  const { order } = payment;
  const base = env.NEXTAUTH_URL.replace(/\/$/, "");
  const session = await paymentProvider.openCheckout({
    idempotencyKey: `checkout:${order.id}:${payment.attempt}`,
    orderId: order.id,
    orderNumber: order.number,
    paymentId: payment.id,
    currency: payment.currency,
    lines: order.shopOrders.flatMap((so) =>
      so.items.map((item) => ({ name: item.titleZh, unitFen: item.unitPriceFen, quantity: item.quantity })),
    ),
    expiresAt: payment.expiresAt ?? orderExpiry(),
    successUrl: `${base}/pay/${order.id}/return?session_id={CHECKOUT_SESSION_ID}`,
    cancelUrl: `${base}/pay/${order.id}`,
  });
  await db.payment.updateMany({
    where: { id: payment.id, providerRef: null },
    data: { providerRef: session.ref, checkoutUrl: session.url },
  });
  return session.url;
}

const orderIdSchema = z.object({ orderId: idString() });

/**
 * The buyer's "Pay" on an unpaid order: the open payment's hosted page, or a new attempt when the
 * last one failed. The partial unique index (one PENDING payment per order) makes two tabs open one.
 */
export async function payOrder(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<{ url: string }>> {
  const guard = await loadActor(userId, ["BUYER"]);
  if (!guard.ok) return guard;
  const parsed = orderIdSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const order = await db.order.findFirst({
    where: { id: parsed.data.orderId, buyerId: guard.actor.id },
    select: { id: true, status: true, totalFen: true, currency: true, expiresAt: true },
  });
  if (!order) return fail("not_found");
  if (order.status !== "PENDING_PAYMENT") return fail("not_payable");
  if (order.expiresAt && order.expiresAt <= new Date()) return fail("expired");

  const paymentId = await openPaymentId(order);
  try {
    const url = await checkoutUrlFor(paymentId);
    return url ? { ok: true, data: { url } } : fail("not_payable");
  } catch (error) {
    console.error("[payments] could not open the checkout", error);
    return fail("provider_unavailable");
  }
}

async function openPaymentId(order: {
  id: string;
  totalFen: number;
  currency: string;
  expiresAt: Date | null;
}) {
  for (let tries = 0; ; tries++) {
    const open = await db.payment.findFirst({
      where: { orderId: order.id, status: "PENDING", provider: paymentProvider.name },
      select: { id: true, providerRef: true, expiresAt: true },
    });
    // An attempt never opened at the provider and now too close to its end to be: a new attempt.
    const tooLate =
      open && !open.providerRef && (open.expiresAt?.getTime() ?? 0) < Date.now() + TOO_LATE_TO_OPEN_MS;
    if (open && !tooLate) return open.id;
    const last = await db.payment.aggregate({ where: { orderId: order.id }, _max: { attempt: true } });
    const earliest = new Date(Date.now() + STRIPE_SHORTEST_SESSION_MS + OPENING_GRACE_MS);
    try {
      return await db.$transaction(async (tx) => {
        // An open payment of another provider (older demo data) can no longer be paid.
        await tx.payment.updateMany({
          where: { orderId: order.id, status: "PENDING" },
          data: { status: "EXPIRED" },
        });
        const created = await tx.payment.create({
          data: {
            orderId: order.id,
            attempt: (last._max.attempt ?? 0) + 1,
            provider: paymentProvider.name,
            amountFen: order.totalFen,
            currency: order.currency,
            expiresAt: order.expiresAt && order.expiresAt > earliest ? order.expiresAt : earliest,
          },
          select: { id: true },
        });
        return created.id;
      });
    } catch (error) {
      // Another tab opened it first: use that one.
      if (!isUniqueViolation(error) || tries >= 3) throw error;
    }
  }
}

export type ReturnOutcome = SettleOutcome | "unknown";

/**
 * The buyer is back from the hosted page. The URL's session id is not trusted: the order's own
 * latest payment is looked up and its checkout re-fetched from the provider, then settled by the
 * same path as the webhook. So the order is paid even if the webhook never comes.
 */
export async function settleOnReturn(userId: string, orderId: string): Promise<ReturnOutcome> {
  if (orderId.length > 40) return "unknown";
  const payment = await db.payment.findFirst({
    where: {
      orderId,
      order: { buyerId: userId },
      provider: paymentProvider.name,
      providerRef: { not: null },
    },
    orderBy: { attempt: "desc" },
    select: { id: true, providerRef: true },
  });
  if (!payment?.providerRef) return "unknown";
  const state = await paymentProvider.fetchCheckout(payment.providerRef);
  return settlePayment(payment.id, state);
}
