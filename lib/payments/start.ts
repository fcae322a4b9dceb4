import "server-only";
import { db } from "@/lib/db/client";
import { activePaymentProvider } from "./providers";
import type { PayableOrder } from "./types";

/** Opens a payment for an order with the active provider and records it; amount is the order's total. */
export async function startPayment(order: PayableOrder) {
  const provider = activePaymentProvider();
  const { providerRef, redirectUrl } = await provider.createPayment(order);
  const payment = await db.payment.create({
    data: {
      orderId: order.id,
      provider: provider.name,
      providerRef,
      amountFen: order.totalFen,
      currency: order.currency,
    },
    select: { id: true, provider: true, providerRef: true, amountFen: true },
  });
  return { payment, redirectUrl };
}

/** The order's open payment with the active provider, opening one if the first attempt never got recorded. */
export async function openPaymentFor(order: PayableOrder) {
  const provider = activePaymentProvider();
  const existing = await db.payment.findFirst({
    where: { orderId: order.id, provider: provider.name, status: "PENDING", amountFen: order.totalFen },
    orderBy: { createdAt: "desc" },
    select: { id: true, provider: true, providerRef: true, amountFen: true },
  });
  if (existing) return existing;
  return (await startPayment(order)).payment;
}
