import "zod-openapi";
import { z } from "zod";
import { plainString } from "@/lib/validation/text";

/** Money everywhere in the API: integer fen (1 yuan = 100 fen) with its currency. */
export const moneySchema = z
  .object({
    amountFen: z.number().int().meta({ description: "Integer fen: 1 yuan = 100 fen.", example: 12800 }),
    currency: z.literal("CNY"),
  })
  .meta({ id: "Money", description: "An amount of money in fen, with its currency." });

export type Money = z.infer<typeof moneySchema>;

export const fen = (amountFen: number): Money => ({ amountFen, currency: "CNY" });

export const timestampSchema = z.iso
  .datetime()
  .meta({ description: "An instant in ISO 8601, UTC.", example: "2026-11-11T02:30:00.000Z" });

export const iso = (date: Date) => date.toISOString();
export const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

export const MAX_LIMIT = 100;

/** The query parameters of every list: an opaque cursor from the previous page, and a page size. */
export const pageQuery = {
  cursor: plainString()
    .max(200)
    .optional()
    .meta({ description: "`nextCursor` of the previous page; leave out for the first page." }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(20)
    .meta({ description: `Rows per page, 1 to ${MAX_LIMIT}.` }),
};

/** A slug or id as found in a URL: short, no control characters. */
export const slugParam = plainString().trim().min(1).max(64);

/** The envelope of every list: the rows in a stable order, and the cursor of the next page (null at the end). */
export function listSchema<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
    })
    .meta({ id });
}

export const nameSchema = {
  nameZh: z.string(),
  nameEn: z.string(),
};
