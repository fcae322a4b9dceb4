import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Whether a write failed on a unique index (Prisma's P2002, or PostgreSQL's 23505 from a query on
 * the pool); with `field`, on that field's index.
 */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (error instanceof Error && "code" in error && error.code === "23505") {
    return field === undefined || ("constraint" in error && String(error.constraint).includes(field));
  }
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return field === undefined || JSON.stringify(error.meta ?? {}).includes(field);
}
