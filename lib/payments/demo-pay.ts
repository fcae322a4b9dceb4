import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { demoProvider, demoSucceededEvent } from "./demo-provider";
import { type PaymentOutcome, processPaymentEvent } from "./process-event";
import { openPaymentFor } from "./start";

const payInputSchema = z.object({ orderId: z.string().trim().min(1).max(40) });

/**
 * The demo "Pay" button: it plays the provider's part by making a succeeded event with a fresh id,
 * then hands it to the same parse-and-process path a real provider's webhook goes through.
 */
export async function payWithDemo(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<{ orderId: string; outcome: PaymentOutcome }>> {
  const guard = await loadActor(userId, ["BUYER"]);
  if (!guard.ok) return guard;
  const parsed = payInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const order = await db.order.findFirst({
    where: { id: parsed.data.orderId, buyerId: guard.actor.id },
    select: { id: true, number: true, totalFen: true, currency: true, status: true },
  });
  if (!order) return fail("not_found");
  if (order.status === "PAID") return { ok: true, data: { orderId: order.id, outcome: "already_settled" } };
  if (order.status !== "PENDING_PAYMENT") return fail("not_payable");

  const payment = await openPaymentFor(order);
  if (payment.provider !== demoProvider.name) return fail("not_payable");
  const event = await demoProvider.parseEvent(demoSucceededEvent(payment), new Headers());
  if (!event) return fail("invalid_event");
  const result = await processPaymentEvent(event);
  if (!result.ok) return result;
  if (result.data.outcome === "order_not_payable") return fail("not_payable");
  return { ok: true, data: { orderId: order.id, outcome: result.data.outcome } };
}
