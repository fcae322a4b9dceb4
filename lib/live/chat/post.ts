import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { publishAfterCommit } from "@/lib/events";
import { liveChannel } from "@/lib/live/channel";
import { throttle } from "@/lib/security/rate-limit";
import { requestAddressIfAny } from "@/lib/security/request";
import { idString, plainString } from "@/lib/validation/text";
import { type ChatView, chatSelect, toChatView } from "./views";

export const chatSchema = z.object({
  sessionId: idString(),
  text: plainString({ error: "required" })
    .trim()
    .min(1, { error: "required", abort: true })
    .max(200, { error: "too_long" }),
});

/**
 * A line of live chat: a signed-in buyer in any live show, or the show's own seller (her lines are
 * `fromSeller`, highlighted). Muted viewers and floods (the `liveChat` throttle, per viewer per
 * show) are refused. Persisted first with an ordered seq, then announced, so a viewer who misses
 * the note reads it from the database on the next one or on reconnecting.
 */
export async function postChat(userId: string | null, input: unknown): Promise<ActionResult<ChatView>> {
  const guard = await loadActor(userId, ["BUYER", "SELLER"]);
  if (!guard.ok) return guard;
  const parsed = chatSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { sessionId, text } = parsed.data;
  const { actor } = guard;
  const session = await db.liveSession.findUnique({
    where: { id: sessionId },
    select: { status: true, shop: { select: { ownerId: true } } },
  });
  if (!session) return fail("not_found");
  const fromSeller = session.shop.ownerId === actor.id;
  // Another shop's seller watches like anyone, but cannot talk as a buyer in someone else's show.
  if (actor.role === "SELLER" && !fromSeller) return fail("forbidden");
  if (session.status !== "LIVE") return fail("not_live");
  if (!fromSeller) {
    const muted = await db.liveMute.count({ where: { sessionId, userId: actor.id } });
    if (muted) return fail("muted");
  }
  const limited = await throttle("liveChat", `${actor.id}:${sessionId}`, {
    userId: actor.id,
    ip: await requestAddressIfAny(),
  });
  if (!limited.ok) return fail("throttled");
  const row = await db.$transaction(async (tx) => {
    // Seqs of one show commit in order, so "everything after my last seq" never skips a line.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`live-chat:${sessionId}`}, 0))`;
    return tx.liveChatMessage.create({
      data: { sessionId, authorId: actor.id, fromSeller, text },
      select: chatSelect,
    });
  });
  await publishAfterCommit([liveChannel(sessionId)], { type: "chat", seq: row.seq });
  return { ok: true, data: toChatView(row) };
}
