import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { PAYMENT_FAILED, PAYMENT_SUCCEEDED, type PaymentProvider } from "./types";

const demoEventSchema = z.object({
  id: z.string().min(1).max(100),
  type: z.enum([PAYMENT_SUCCEEDED, PAYMENT_FAILED]),
  data: z.object({ providerRef: z.string().min(1).max(100), amountFen: z.number().int().min(0) }),
});

/**
 * The built-in provider that needs no keys (like Medusa's system provider). Its events are made by
 * the app's own "Pay" action, never received over HTTP: there is deliberately no demo webhook, since
 * an unsigned endpoint would let anyone mark an order paid.
 */
export const demoProvider: PaymentProvider = {
  name: "demo",
  async createPayment(order) {
    return { providerRef: `demo_${randomUUID()}`, redirectUrl: `/pay/${order.id}` };
  },
  async parseEvent(payload) {
    let json: unknown;
    try {
      json = JSON.parse(payload);
    } catch {
      return null;
    }
    const parsed = demoEventSchema.safeParse(json);
    if (!parsed.success) return null;
    const { id, type, data } = parsed.data;
    return { provider: "demo", eventId: id, type, providerRef: data.providerRef, amountFen: data.amountFen };
  },
};

/** The event the demo "Pay" button sends: a fresh id each press, shaped like a provider's webhook body. */
export function demoSucceededEvent(payment: { providerRef: string; amountFen: number }): string {
  return JSON.stringify({
    id: `demo_evt_${randomUUID()}`,
    type: PAYMENT_SUCCEEDED,
    data: { providerRef: payment.providerRef, amountFen: payment.amountFen },
  });
}
