import "server-only";
import { type FailedResult, fail } from "@/lib/actions/result";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";
import { recordSecurityEvent } from "@/lib/security/events";
import { requestAddressIfAny } from "@/lib/security/request";

export type Actor = { id: string; role: Role; villageId: string | null };

/**
 * Reads the caller's role from the database. Every use case calls this first, so a server action
 * reached without its page, or by a user whose role changed since sign-in, is still refused (and the
 * refusal is a security event).
 */
export async function loadActor(
  userId: string | null,
  roles: Role[],
  options: { recordRefusal?: boolean } = {},
): Promise<{ ok: true; actor: Actor } | FailedResult> {
  if (!userId) return fail("not_signed_in");
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, villageId: true },
  });
  if (!user) return fail("not_signed_in");
  if (!roles.includes(user.role)) {
    if (options.recordRefusal === false) return fail("forbidden");
    await recordSecurityEvent("action_refused", {
      userId,
      ip: await requestAddressIfAny(),
      scope: `needs ${roles.join("|")}`,
      reason: `wrong_role:${user.role}`,
    });
    return fail("forbidden");
  }
  return { ok: true, actor: user };
}

/**
 * A use case found nothing of the caller's under this id: answers not_found either way (so ids of
 * others stay unconfirmed), and when the record does exist, logs that the caller reached for
 * someone else's. `exists` runs only on this refusal path.
 */
export async function refuseNotOwned(
  actor: Actor,
  scope: string,
  exists: () => Promise<unknown>,
): Promise<FailedResult> {
  if (await exists()) {
    await recordSecurityEvent("action_refused", {
      userId: actor.id,
      ip: await requestAddressIfAny(),
      scope,
      reason: "not_owner",
    });
  }
  return fail("not_found");
}
