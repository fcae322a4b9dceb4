import "server-only";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { buyerSignUpSchema } from "./schemas";
import { ALREADY_REGISTERED } from "./unique";

/**
 * Anyone may open a buyer account. An email (lower-cased) that is registered already gets the same
 * answer as a new one and nothing changes: `userId` is null then, and only the server knows.
 */
export async function signUpBuyer(input: unknown): Promise<ActionResult<{ userId: string | null }>> {
  const parsed = buyerSignUpSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { name, email, password } = parsed.data;
  // Hash first either way, so a registered email answers as slowly as a new one.
  const passwordHash = await hashPassword(password);
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return ALREADY_REGISTERED;
  try {
    const user = await db.user.create({ data: { name, email, passwordHash, role: "BUYER" } });
    return { ok: true, data: { userId: user.id } };
  } catch (error) {
    // Two sign-ups with one email at once: the unique index decides; the loser is told the same.
    if (isUniqueViolation(error, "email")) return ALREADY_REGISTERED;
    throw error;
  }
}
