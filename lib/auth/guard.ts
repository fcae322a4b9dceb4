import "server-only";
import { type FailedResult, fail } from "@/lib/actions/result";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";

export type Actor = { id: string; role: Role; villageId: string | null };

/**
 * Reads the caller's role from the database. Every use case calls this first, so a server action
 * reached without its page, or by a user whose role changed since sign-in, is still refused.
 */
export async function loadActor(
  userId: string | null,
  roles: Role[],
): Promise<{ ok: true; actor: Actor } | FailedResult> {
  if (!userId) return fail("not_signed_in");
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, villageId: true },
  });
  if (!user) return fail("not_signed_in");
  if (!roles.includes(user.role)) return fail("forbidden");
  return { ok: true, actor: user };
}
