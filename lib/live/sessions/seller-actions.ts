import "server-only";
import { type ActionResult, fail } from "@/lib/actions/result";
import { expireCatalog } from "@/lib/catalog/invalidate";
import { db } from "@/lib/db/client";
import { tagsForSessionChange } from "./cache-tags";
import { loadOwnSession } from "./own-session";
import { newStreamKey } from "./stream-key";

/** A new key while the show has not started (the old one, perhaps seen by someone, stops working). */
export async function regenerateStreamKey(
  userId: string | null,
  sessionId: unknown,
): Promise<ActionResult<{ streamKey: string }>> {
  const own = await loadOwnSession(userId, sessionId);
  if (!own.ok) return own;
  const { key, hash } = newStreamKey();
  const updated = await db.liveSession.updateMany({
    where: { id: own.session.id, status: "SCHEDULED" },
    data: { streamKeyHash: hash },
  });
  if (updated.count === 0) return fail("not_scheduled");
  return { ok: true, data: { streamKey: key } };
}

/** Calls off a show that has not started; a live one ends only when its stream stops. */
export async function cancelSession(userId: string | null, sessionId: unknown): Promise<ActionResult> {
  const own = await loadOwnSession(userId, sessionId);
  if (!own.ok) return own;
  const updated = await db.liveSession.updateMany({
    where: { id: own.session.id, status: "SCHEDULED" },
    data: { status: "CANCELLED", endedAt: new Date() },
  });
  if (updated.count === 0) return fail("not_scheduled");
  await expireCatalog(tagsForSessionChange(own.session));
  return { ok: true };
}
