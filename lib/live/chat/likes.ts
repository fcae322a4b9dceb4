import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { publishAfterCommit } from "@/lib/events";
import { liveChannel } from "@/lib/live/channel";
import { throttle } from "@/lib/security/rate-limit";
import { idString } from "@/lib/validation/text";

/** Taps the page gathered since its last call (it sends at most one call a second while tapping). */
export const MAX_TAPS_PER_CALL = 30;

const likeSchema = z.object({
  sessionId: idString(),
  taps: z.coerce.number().int().min(1).max(MAX_TAPS_PER_CALL).default(1),
});

/** Hearts for a live show from a signed-in viewer: one counter, batched, throttled per viewer. */
export async function likeSession(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<{ count: number }>> {
  const guard = await loadActor(userId, ["BUYER", "SELLER"], { recordRefusal: false });
  if (!guard.ok) return guard;
  const parsed = likeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { sessionId, taps } = parsed.data;
  const limited = await throttle("liveLike", `${guard.actor.id}:${sessionId}`, { userId: guard.actor.id });
  if (!limited.ok) return fail("throttled");
  const rows = await db.$queryRaw<{ likeCount: number }[]>`
    UPDATE "LiveSession" SET "likeCount" = "likeCount" + ${taps}
     WHERE "id" = ${sessionId} AND "status" = 'LIVE' RETURNING "likeCount"`;
  const count = rows[0]?.likeCount;
  if (count === undefined) return fail("not_live");
  await publishAfterCommit([liveChannel(sessionId)], { type: "likes", count });
  return { ok: true, data: { count } };
}
