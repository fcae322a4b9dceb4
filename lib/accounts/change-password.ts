import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endSessions } from "@/lib/auth/session-policy";
import { db } from "@/lib/db/client";
import { recordSecurityEvent } from "@/lib/security/events";
import { requestAddressIfAny, throttleAction } from "@/lib/security/request";
import { PASSWORD_MAX } from "./limits";
import { isLikeAccount, newPasswordSchema } from "./password-rules";

const changeSchema = z.object({
  currentPassword: z
    .string({ error: "required" })
    .min(1, { error: "required" })
    .max(PASSWORD_MAX, { error: "too_long" }),
  newPassword: newPasswordSchema,
});

const refused = (field: "currentPassword" | "newPassword", code: string) =>
  fail("invalid_input", { [field]: [code] });

/**
 * Any signed-in user sets a new password after proving the current one. Every session of the user
 * ends (the caller renews its own cookie with the version returned), and each try is throttled per
 * user, since each one checks the current password like a sign-in does.
 */
export async function changePassword(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<{ user: { id: string; name: string; email: string }; sessionVersion: number }>> {
  const guard = await loadActor(userId, ["BUYER", "SELLER", "ADMIN"]);
  if (!guard.ok) return guard;
  const throttled = await throttleAction("passwordChange", guard.actor.id);
  if (throttled) return throttled;
  const parsed = changeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { currentPassword, newPassword } = parsed.data;
  const user = await db.user.findUniqueOrThrow({
    where: { id: guard.actor.id },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    return refused("currentPassword", "current_password_wrong");
  }
  if (newPassword === currentPassword) return refused("newPassword", "password_unchanged");
  if (isLikeAccount(newPassword, user.email)) return refused("newPassword", "password_like_account");

  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(newPassword) } });
  await endSessions(user.id, "password_change");
  const { sessionVersion } = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { sessionVersion: true },
  });
  await recordSecurityEvent("password_changed", {
    userId: user.id,
    ip: await requestAddressIfAny(),
    scope: "password_change",
  });
  return {
    ok: true,
    data: { user: { id: user.id, name: user.name, email: user.email }, sessionVersion },
  };
}
