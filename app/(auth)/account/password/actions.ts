"use server";

import { changePassword } from "@/lib/accounts/change-password";
import type { ActionResult } from "@/lib/actions/result";
import { sessionUserId } from "@/lib/auth/session";
import { renewSessionCookie } from "@/lib/auth/session-cookie";

/** Sets a new password; every other browser is signed out, this one gets a fresh session. */
export async function changePasswordAction(
  _state: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const result = await changePassword(await sessionUserId(), {
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
  });
  if (!result.ok) return result;
  await renewSessionCookie(result.data.user, result.data.sessionVersion);
  return { ok: true };
}
