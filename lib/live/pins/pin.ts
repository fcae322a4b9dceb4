import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import type { StockChange } from "@/lib/catalog/cache-tags";
import { expireForStockChanges } from "@/lib/catalog/invalidate";
import { db } from "@/lib/db/client";
import { publishAfterCommit } from "@/lib/events";
import { liveChannel } from "@/lib/live/channel";
import { idString } from "@/lib/validation/text";
import { returnPinStock } from "./return-stock";
import { loadOwnSession, requireLive } from "./seller-session";

const whole = (min: number, max: number) =>
  z.coerce
    .number({ error: "number_invalid" })
    .int({ error: "number_invalid" })
    .min(min, { error: "number_invalid" })
    .max(max, { error: "number_invalid" });

// An empty stepper means "none": no per-buyer limit, no countdown.
const optional = (schema: z.ZodType<number>) =>
  z.preprocess(
    (value) => (value === "" || value === null || value === "0" ? undefined : value),
    schema.optional(),
  );

export const pinSchema = z.object({
  sessionId: idString(),
  productId: idString(),
  reservedQuantity: whole(1, 9_999),
  // Integer fen, at most 100,000 yuan a piece.
  sessionPriceFen: whole(1, 10_000_000),
  perBuyerLimit: optional(whole(1, 99)),
  countdownSeconds: optional(whole(10, 3 * 60 * 60)),
});

class Refusal extends Error {}

/**
 * Pins one of the shop's products on the show's card: only the session's own seller, only while it
 * is live, only an active product of her shop. The card holds one pin: the one before is taken off
 * and its unsold units go straight back to stock (decided so a product stops being held the moment
 * it leaves the card; the session's end returns whatever is still pinned). The reserved units leave
 * stock in the same transaction with a conditional update, so stock never goes below zero, and a
 * refusal leaves everything as it was, the old pin included.
 */
export async function pinProduct(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<{ pinId: string }>> {
  const parsed = pinSchema.safeParse(input);
  if (!parsed.success) {
    // Bad input from someone who may not pin at all gets their refusal, not field errors.
    const guard = await loadActor(userId, ["SELLER"]);
    return guard.ok ? invalid(parsed.error) : guard;
  }
  const { sessionId, productId, reservedQuantity, sessionPriceFen, perBuyerLimit, countdownSeconds } =
    parsed.data;
  const own = await loadOwnSession(userId, sessionId, "live.pin");
  if (!own.ok) return own;
  const notLive = requireLive(own.session);
  if (notLive) return notLive;

  let created: { pinId: string; changes: StockChange[] };
  try {
    created = await db.$transaction(async (tx) => {
      // One pin action of a session at a time; and the show must still be live when it commits.
      const [live] = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "LiveSession" WHERE "id" = ${sessionId} AND "status" = 'LIVE' FOR UPDATE`;
      if (!live) throw new Refusal("not_live");
      // The product on the card now and the one to pin, locked in id order as checkout locks a
      // cart's products, so a cart holding both cannot deadlock with this.
      await tx.$queryRaw`
        SELECT "id" FROM "Product"
         WHERE "id" = ${productId}
            OR "id" IN (SELECT "productId" FROM "LivePin" WHERE "sessionId" = ${sessionId} AND "stockReturnedAt" IS NULL)
         ORDER BY "id" FOR UPDATE`;
      const changes = await returnPinStock(tx, { sessionId });
      const now = new Date();
      const taken = await tx.$queryRaw<{ stock: number }[]>`
        UPDATE "Product" SET "stock" = "stock" - ${reservedQuantity}, "updatedAt" = ${now}
         WHERE "id" = ${productId} AND "shopId" = ${own.session.shopId} AND "status" = 'ACTIVE'
           AND "stock" >= ${reservedQuantity}
         RETURNING "stock"`;
      const after = taken[0]?.stock;
      if (after === undefined) {
        const exists = await tx.product.count({
          where: { id: productId, shopId: own.session.shopId, status: "ACTIVE" },
        });
        throw new Refusal(exists ? "not_enough_stock" : "not_found");
      }
      changes.push({ productId, before: after + reservedQuantity, after });
      const pin = await tx.livePin.create({
        data: {
          sessionId,
          productId,
          sessionPriceFen,
          reservedQuantity,
          perBuyerLimit: perBuyerLimit ?? null,
          pinnedAt: now,
          endsAt: countdownSeconds ? new Date(now.getTime() + countdownSeconds * 1000) : null,
        },
        select: { id: true },
      });
      return { pinId: pin.id, changes };
    });
  } catch (error) {
    if (error instanceof Refusal) return fail(error.message);
    throw error;
  }
  await expireForStockChanges(created.changes);
  await publishAfterCommit([liveChannel(sessionId)], { type: "pin", pinId: created.pinId });
  return { ok: true, data: { pinId: created.pinId } };
}
