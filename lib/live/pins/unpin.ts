import "server-only";
import { z } from "zod";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { expireForStockChanges } from "@/lib/catalog/invalidate";
import { db } from "@/lib/db/client";
import { publishAfterCommit } from "@/lib/events";
import { liveChannel } from "@/lib/live/channel";
import { idString } from "@/lib/validation/text";
import { returnPinStock } from "./return-stock";
import { loadOwnSession } from "./seller-session";

const unpinSchema = z.object({ sessionId: idString() });

/**
 * Takes the pinned product off the card: its session price ends at once and its unsold units go
 * back to stock (once, whoever asks twice). Allowed after the show too, where it finds nothing.
 */
export async function unpinProduct(userId: string | null, input: unknown): Promise<ActionResult> {
  const parsed = unpinSchema.safeParse(input);
  if (!parsed.success) {
    const guard = await loadActor(userId, ["SELLER"]);
    return guard.ok ? invalid(parsed.error) : guard;
  }
  const own = await loadOwnSession(userId, parsed.data.sessionId, "live.unpin");
  if (!own.ok) return own;
  const changes = await db.$transaction((tx) => returnPinStock(tx, { sessionId: own.session.id }));
  await expireForStockChanges(changes);
  await publishAfterCommit([liveChannel(own.session.id)], { type: "pin", pinId: null });
  return { ok: true };
}
