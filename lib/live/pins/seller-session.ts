import "server-only";
import { type FailedResult, fail } from "@/lib/actions/result";
import { type Actor, loadActor, refuseNotOwned } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";

export type OwnSession = { id: string; shopId: string; status: string };

/**
 * The seller behind a console action and the session she acts on: her role read from the database,
 * the session found only through her own shop (another seller's, or an unknown id, is not_found).
 */
export async function loadOwnSession(
  userId: string | null,
  sessionId: string,
  scope: string,
): Promise<{ ok: true; actor: Actor; session: OwnSession } | FailedResult> {
  const guard = await loadActor(userId, ["SELLER"]);
  if (!guard.ok) return guard;
  const session = await db.liveSession.findFirst({
    where: { id: sessionId, shop: { ownerId: guard.actor.id } },
    select: { id: true, shopId: true, status: true },
  });
  if (!session) {
    return refuseNotOwned(guard.actor, scope, () =>
      db.liveSession.findUnique({ where: { id: sessionId }, select: { id: true } }),
    );
  }
  return { ok: true, actor: guard.actor, session };
}

export function requireLive(session: OwnSession): FailedResult | null {
  return session.status === "LIVE" ? null : fail("not_live");
}
