import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";

const cancelSchema = z.object({ orderId: z.string().trim().min(1).max(40) });

class NotCancellable extends Error {}

/**
 * A buyer calls off their own unpaid order. The status change is conditional (only from waiting for
 * payment, only the buyer's own), so stock goes back exactly once however often this is called.
 */
export async function cancelOrder(userId: string | null, input: unknown): Promise<ActionResult> {
  const guard = await loadActor(userId, ["BUYER"]);
  if (!guard.ok) return guard;
  const parsed = cancelSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const orderId = parsed.data.orderId;
  const buyerId = guard.actor.id;

  try {
    await db.$transaction(async (tx) => {
      const cancelled = await tx.order.updateMany({
        where: { id: orderId, buyerId, status: "PENDING_PAYMENT" },
        data: { status: "CANCELLED" },
      });
      if (cancelled.count !== 1) throw new NotCancellable();
      await tx.shopOrder.updateMany({
        where: { orderId, status: "PENDING_PAYMENT" },
        data: { status: "CANCELLED" },
      });
      const items = await tx.orderItem.findMany({
        where: { shopOrder: { orderId } },
        orderBy: { productId: "asc" },
        select: { productId: true, quantity: true },
      });
      for (const item of items) {
        await tx.product.update({
          where: { id: item.productId },
          data: { stock: { increment: item.quantity } },
        });
      }
    });
  } catch (error) {
    if (!(error instanceof NotCancellable)) throw error;
    const own = await db.order.findFirst({ where: { id: orderId, buyerId }, select: { id: true } });
    return fail(own ? "not_cancellable" : "not_found");
  }
  return { ok: true };
}
