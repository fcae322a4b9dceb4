import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor, refuseNotOwned } from "@/lib/auth/guard";
import { courierCodes } from "@/lib/couriers";
import { db } from "@/lib/db/client";
import { idString, plainString } from "@/lib/validation/text";
import { TRACKING_PATTERN } from "./limits";

const shipSchema = z.object({
  shopOrderId: idString({ error: "not_found" }),
  courier: z.enum(courierCodes, { error: "courier_invalid" }),
  // Couriers print numbers with spaces now and then, and scanners give either case: keep one form.
  trackingNumber: plainString({ error: "tracking_invalid" })
    .transform((value) => value.replace(/\s+/g, "").toUpperCase())
    .pipe(z.string().regex(TRACKING_PATTERN, { error: "tracking_invalid" })),
});

/**
 * The seller hands a paid parcel to a courier. Only PAID → SHIPPED, only for the seller's own shop,
 * in one conditional update, so a parcel is shipped once however often this is sent.
 */
export async function markShopOrderShipped(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<{ shopOrderId: string }>> {
  const guard = await loadActor(userId, ["SELLER"]);
  if (!guard.ok) return guard;
  const parsed = shipSchema.safeParse(input);
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "shopOrderId")) return fail("not_found");
    return invalid(parsed.error);
  }
  const { shopOrderId, courier, trackingNumber } = parsed.data;
  const ownerId = guard.actor.id;

  const shipped = await db.shopOrder.updateMany({
    where: { id: shopOrderId, status: "PAID", shop: { ownerId } },
    data: { status: "SHIPPED", courier, trackingNumber, shippedAt: new Date() },
  });
  if (shipped.count === 1) return { ok: true, data: { shopOrderId } };

  const parcel = await db.shopOrder.findFirst({
    where: { id: shopOrderId, shop: { ownerId } },
    select: { status: true },
  });
  if (!parcel) {
    return refuseNotOwned(guard.actor, "ship", () =>
      db.shopOrder.findUnique({ where: { id: shopOrderId }, select: { id: true } }),
    );
  }
  if (parcel.status === "SHIPPED" || parcel.status === "DELIVERED") return fail("already_shipped");
  return fail("not_paid");
}
