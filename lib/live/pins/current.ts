import "server-only";
import { db } from "@/lib/db/client";
import type { ProductUnit } from "@/lib/generated/prisma/client";

/** The pinned card as every viewer sees it. Dates travel as ISO text (it goes over SSE as JSON). */
export type PinView = {
  id: string;
  sessionId: string;
  productId: string;
  titleZh: string;
  titleEn: string;
  unit: ProductUnit;
  imageId: string | null;
  normalPriceFen: number;
  sessionPriceFen: number;
  reservedQuantity: number;
  soldQuantity: number;
  /** Units still at the session price. */
  remaining: number;
  perBuyerLimit: number | null;
  pinnedAt: string;
  endsAt: string | null;
  /** The session price can be had right now (show live, countdown not over, units left). */
  open: boolean;
};

/** Whether a pin sells at its session price at `now`: the one rule checkout applies in SQL too. */
export function pinIsOpen(
  pin: { unpinnedAt: Date | null; stockReturnedAt: Date | null; endsAt: Date | null },
  sessionStatus: string,
  now = new Date(),
): boolean {
  return (
    sessionStatus === "LIVE" &&
    pin.unpinnedAt === null &&
    pin.stockReturnedAt === null &&
    (pin.endsAt === null || pin.endsAt > now)
  );
}

/** The session's pinned product now, or null when nothing is on the card. */
export async function currentPin(sessionId: string, now = new Date()): Promise<PinView | null> {
  const pin = await db.livePin.findFirst({
    where: { sessionId, unpinnedAt: null },
    select: {
      id: true,
      sessionId: true,
      productId: true,
      sessionPriceFen: true,
      reservedQuantity: true,
      soldQuantity: true,
      perBuyerLimit: true,
      pinnedAt: true,
      endsAt: true,
      unpinnedAt: true,
      stockReturnedAt: true,
      session: { select: { status: true } },
      product: {
        select: {
          titleZh: true,
          titleEn: true,
          unit: true,
          priceFen: true,
          images: { select: { id: true }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], take: 1 },
        },
      },
    },
  });
  if (!pin) return null;
  const remaining = pin.reservedQuantity - pin.soldQuantity;
  return {
    id: pin.id,
    sessionId: pin.sessionId,
    productId: pin.productId,
    titleZh: pin.product.titleZh,
    titleEn: pin.product.titleEn,
    unit: pin.product.unit,
    imageId: pin.product.images[0]?.id ?? null,
    normalPriceFen: pin.product.priceFen,
    sessionPriceFen: pin.sessionPriceFen,
    reservedQuantity: pin.reservedQuantity,
    soldQuantity: pin.soldQuantity,
    remaining,
    perBuyerLimit: pin.perBuyerLimit,
    pinnedAt: pin.pinnedAt.toISOString(),
    endsAt: pin.endsAt?.toISOString() ?? null,
    open: pinIsOpen(pin, pin.session.status, now) && remaining > 0,
  };
}
