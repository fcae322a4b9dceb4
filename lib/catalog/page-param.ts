import { z } from "zod";

const pageSchema = z.coerce.number().int().min(1).max(10_000);

/** The `?page=` of a list page: anything that is not a sensible page number means page 1. */
export function parsePageParam(value: string | string[] | undefined): number {
  const parsed = pageSchema.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : 1;
}
