import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Prisma's upsert reads, then inserts: two requests creating the same cart or cart line at once make
 * one of them hit the unique key. Running it again sees the other's row and updates it instead.
 */
export async function retryOnUniqueViolation<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= attempts) throw error;
    }
  }
}
