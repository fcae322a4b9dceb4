import "server-only";
import { type FailedResult, fail } from "@/lib/actions/result";
import { type Actor, loadActor, refuseNotOwned } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import type { LiveSessionStatus } from "@/lib/generated/prisma/client";
import { idString } from "@/lib/validation/text";

export type OwnSession = { id: string; shopId: string; status: LiveSessionStatus; actor: Actor };

/**
 * The caller is a seller (role read from the database) and the session is her shop's; otherwise
 * not_found, so another shop's session ids stay unconfirmed (and the attempt is logged).
 */
export async function loadOwnSession(
  userId: string | null,
  sessionId: unknown,
): Promise<{ ok: true; session: OwnSession } | FailedResult> {
  const guard = await loadActor(userId, ["SELLER"]);
  if (!guard.ok) return guard;
  const id = idString().safeParse(sessionId);
  if (!id.success) return fail("not_found");
  const session = await db.liveSession.findFirst({
    where: { id: id.data, shop: { ownerId: guard.actor.id } },
    select: { id: true, shopId: true, status: true },
  });
  if (!session) {
    return refuseNotOwned(guard.actor, "live_session", () =>
      db.liveSession.findUnique({ where: { id: id.data }, select: { id: true } }),
    );
  }
  return { ok: true, session: { ...session, actor: guard.actor } };
}
