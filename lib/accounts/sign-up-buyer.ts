import "server-only";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { buyerSignUpSchema } from "./schemas";
import { EMAIL_TAKEN } from "./unique";

/** Anyone may open a buyer account; the email (lower-cased) must not be registered yet. */
export async function signUpBuyer(input: unknown): Promise<ActionResult<{ userId: string }>> {
  const parsed = buyerSignUpSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { name, email, password } = parsed.data;
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return EMAIL_TAKEN;
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.user.create({ data: { name, email, passwordHash, role: "BUYER" } });
    return { ok: true, data: { userId: user.id } };
  } catch (error) {
    // Two sign-ups with one email at once: the unique index decides, the loser gets the field error.
    if (isUniqueViolation(error, "email")) return EMAIL_TAKEN;
    throw error;
  }
}
