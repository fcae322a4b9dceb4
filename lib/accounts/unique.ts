import "server-only";
import { fail } from "@/lib/actions/result";
import { Prisma } from "@/lib/generated/prisma/client";

export const EMAIL_TAKEN = fail("invalid_input", { email: ["email_taken"] });

/** Whether a write failed on the unique index of `field` (Prisma's P2002). */
export function isUniqueViolationOn(error: unknown, field: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return JSON.stringify(error.meta ?? {}).includes(field);
}
