import "server-only";
import type pg from "pg";
import { statementName } from "@/lib/db/statement-name";

export type LiveLine = { livePinId: string; productId: string; quantity: number };

export type LiveReservation =
  | { ok: true; sessionPriceFen: number; sessionId: string }
  | { ok: false; error: "live_price_over" | "live_limit"; perBuyerLimit: number | null };

/**
 * Takes a cart line bought from a pinned card out of the pin's reserved units at the session price,
 * inside checkout's transaction (after checkout locked the product row, so the lock order is
 * product, then buyer-and-pin, then pin: the same as every other writer). Only while the pin is on
 * the card, its countdown not over, the show live, units left, and the buyer within the per-buyer
 * limit: one conditional update decides all of it, so 200 buyers at once on 10 units sell exactly
 * 10. The limit counts the buyer's earlier lines of this pin in orders not cancelled; the advisory
 * lock on (buyer, pin) makes the buyer's concurrent checkouts take turns, so two of them cannot both
 * pass it, and each statement after the lock sees what the one before committed.
 */
export async function reserveLiveLine(
  client: pg.PoolClient,
  buyerId: string,
  line: LiveLine,
): Promise<LiveReservation> {
  await client.query({
    name: statementName(client, "live-buyer-pin-lock"),
    text: `SELECT pg_advisory_xact_lock(hashtextextended($1::text || ':' || $2::text, 0))`,
    values: [buyerId, line.livePinId],
  });
  const { rows } = await client.query<{ sessionPriceFen: number; sessionId: string }>({
    name: statementName(client, "live-take-reserved"),
    text: `
      WITH bought AS (
        SELECT COALESCE(SUM(oi."quantity"), 0)::int AS n
          FROM "OrderItem" oi
          JOIN "ShopOrder" so ON so."id" = oi."shopOrderId"
          JOIN "Order" o ON o."id" = so."orderId"
         WHERE oi."livePinId" = $2 AND o."buyerId" = $1 AND o."status" <> 'CANCELLED'
      )
      UPDATE "LivePin" lp SET "soldQuantity" = lp."soldQuantity" + $3
        FROM bought, "LiveSession" s
       WHERE lp."id" = $2 AND lp."productId" = $4 AND s."id" = lp."sessionId" AND s."status" = 'LIVE'
         AND lp."unpinnedAt" IS NULL AND lp."stockReturnedAt" IS NULL
         AND (lp."endsAt" IS NULL OR lp."endsAt" > clock_timestamp())
         AND lp."soldQuantity" + $3 <= lp."reservedQuantity"
         AND (lp."perBuyerLimit" IS NULL OR bought.n + $3 <= lp."perBuyerLimit")
      RETURNING lp."sessionPriceFen", lp."sessionId"`,
    values: [buyerId, line.livePinId, line.quantity, line.productId],
  });
  const taken = rows[0];
  if (taken) return { ok: true, ...taken };
  return explainRefusal(client, line);
}

/** Why the update matched nothing: the buyer's limit (the pin itself would still sell), or the price is over. */
async function explainRefusal(client: pg.PoolClient, line: LiveLine): Promise<LiveReservation> {
  const { rows } = await client.query<{ openForThis: boolean; perBuyerLimit: number | null }>({
    name: statementName(client, "live-explain-refusal"),
    text: `
      SELECT (s."status" = 'LIVE' AND lp."unpinnedAt" IS NULL AND lp."stockReturnedAt" IS NULL
              AND (lp."endsAt" IS NULL OR lp."endsAt" > clock_timestamp())
              AND lp."soldQuantity" + $3 <= lp."reservedQuantity") AS "openForThis",
             lp."perBuyerLimit"
        FROM "LivePin" lp JOIN "LiveSession" s ON s."id" = lp."sessionId"
       WHERE lp."id" = $1 AND lp."productId" = $2`,
    values: [line.livePinId, line.productId, line.quantity],
  });
  const pin = rows[0];
  const perBuyerLimit = pin?.perBuyerLimit ?? null;
  return pin?.openForThis && perBuyerLimit !== null
    ? { ok: false, error: "live_limit", perBuyerLimit }
    : { ok: false, error: "live_price_over", perBuyerLimit };
}
