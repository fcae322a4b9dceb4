import "server-only";
import { isUniqueViolation } from "@/lib/db/errors";

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
