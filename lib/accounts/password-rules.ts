import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "./limits";

// The ~49,000 most common passwords of leaked lists (zxcvbn-ts's common dictionary), lower-cased.
// Built on first use: a server that never signs anyone up never pays for it.
let common: Set<string> | undefined;

/** True for a password attackers try first: a common one (any case), or one of few distinct characters. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].map((word) => word.toLowerCase()));
  const lower = password.toLowerCase();
  return common.has(lower) || common.has(lower.trim()) || new Set(lower).size < 4;
}

/** True when the password is, or contains, the account's email or its name before the @. */
export function isLikeAccount(password: string, email: string): boolean {
  const lower = password.toLowerCase();
  const local = email.toLowerCase().split("@")[0] ?? "";
  return lower.includes(email.toLowerCase()) || (local.length >= 4 && lower.includes(local));
}

/**
 * A new password (sign-up and password change), per ASVS: at least 8 characters, any characters, no
 * composition rules, not a common password. Codes, not messages: the forms word them.
 */
export const newPasswordSchema = z
  .string({ error: "required" })
  // One message at a time: a short password is not also reported as common.
  .min(PASSWORD_MIN, { error: "password_too_short", abort: true })
  .max(PASSWORD_MAX, { error: "too_long", abort: true })
  .refine((password) => !isCommonPassword(password), { error: "password_common" });

/** For an object schema with `email` and `password`: refuses a password made of the email. */
export function passwordNotLikeEmail(value: { email: string; password: string }, context: z.RefinementCtx) {
  if (isLikeAccount(value.password, value.email)) {
    context.addIssue({ code: "custom", path: ["password"], message: "password_like_account" });
  }
}
