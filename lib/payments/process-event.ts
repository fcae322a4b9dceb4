import "server-only";
import { type ActionResult, fail } from "@/lib/actions/result";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { enqueueSoon, QUEUES } from "@/lib/jobs/queue";
import { type ReceivedEvent, recordEvent } from "./events";
import { paymentProvider } from "./provider";
import { syncRefund } from "./refund-sync";
import { type SettleOutcome, settlePayment } from "./settle";

export type EventOutcome = SettleOutcome | "duplicate" | "ignored" | "account_synced" | "refund_synced";

/**
 * The one path every provider event takes, at most once per event id. It never trusts what the event
 * says: it re-fetches the object the event is about and acts on that, so late, repeated and
 * out-of-order deliveries all end in the state the provider is really in.
 */
export async function processPaymentEvent(
  event: ReceivedEvent,
): Promise<ActionResult<{ outcome: EventOutcome }>> {
  const seen = await db.paymentEvent.findUnique({
    where: { provider_providerEventId: { provider: event.provider, providerEventId: event.eventId } },
    select: { id: true },
  });
  if (seen) return { ok: true, data: { outcome: "duplicate" } };
  try {
    const outcome = await act(event);
    if (outcome === null) return fail("unknown_payment");
    return { ok: true, data: { outcome } };
  } catch (error) {
    if (isUniqueViolation(error, "providerEventId")) return { ok: true, data: { outcome: "duplicate" } };
    throw error;
  }
}

async function act(event: ReceivedEvent): Promise<EventOutcome | null> {
  const { subject } = event;
  if (subject.kind === "checkout") {
    const state = await paymentProvider.fetchCheckout(subject.ref);
    const payment = await db.payment.findFirst({
      where: {
        provider: event.provider,
        OR: [{ providerRef: subject.ref }, ...(state.paymentId ? [{ id: state.paymentId }] : [])],
      },
      select: { id: true },
    });
    // Not ours yet (the session's id is stored a moment after it is opened): the provider retries.
    if (!payment) return null;
    return settlePayment(payment.id, state, event);
  }
  if (subject.kind === "account") {
    const account = await paymentProvider.fetchPayoutAccount(subject.ref);
    const shop = await db.$transaction(async (tx) => {
      await recordEvent(tx, event, null);
      const shop = await tx.shop.findUnique({
        where: { payoutAccountId: account.ref },
        select: { id: true },
      });
      if (shop) await tx.shop.update({ where: { id: shop.id }, data: { payoutsEnabled: account.ready } });
      return shop;
    });
    if (shop && account.ready) await enqueueSoon(QUEUES.transferDue, { shopId: shop.id });
    return "account_synced";
  }
  if (subject.kind === "refund" || subject.kind === "charge") {
    await syncRefund({ kind: subject.kind, ref: subject.ref }, event);
    return "refund_synced";
  }
  await db.$transaction((tx) => recordEvent(tx, event, null));
  return "ignored";
}
