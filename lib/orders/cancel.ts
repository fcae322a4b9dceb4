import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor, refuseNotOwned } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { idString } from "@/lib/validation/text";
import { closeUnpaidOrder } from "./expire";

const cancelSchema = z.object({ orderId: idString() });

/**
 * A buyer calls off their own unpaid order. The checkout is closed at the provider first and the
 * status change is conditional, so stock goes back exactly once however often this is called, and
 * an order paid in the same moment stays paid.
 */
export async function cancelOrder(userId: string | null, input: unknown): Promise<ActionResult> {
  const guard = await loadActor(userId, ["BUYER"]);
  if (!guard.ok) return guard;
  const parsed = cancelSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const buyerId = guard.actor.id;
  const own = await db.order.findFirst({ where: { id: parsed.data.orderId, buyerId }, select: { id: true } });
  if (!own) {
    return refuseNotOwned(guard.actor, "order.cancel", () =>
      db.order.findUnique({ where: { id: parsed.data.orderId }, select: { id: true } }),
    );
  }
  const outcome = await closeUnpaidOrder(own.id, "BUYER", { buyerId });
  return outcome === "closed"
    ? { ok: true }
    : fail(outcome === "processing" ? "payment_processing" : "not_cancellable");
}
