import "server-only";
import { z } from "zod";
import { parseYuanToFen } from "@/lib/money";
import { idString, plainString } from "@/lib/validation/text";
import {
  DESCRIPTION_MAX,
  MAX_PRICE_FEN,
  MAX_STOCK,
  MIN_PRICE_FEN,
  PRODUCT_UNITS,
  SELLER_PRODUCT_STATUSES,
  TITLE_MAX,
} from "./limits";

// Form data gives strings (or nothing); tests and scripts may pass numbers. Both become trimmed text.
const text = <T extends z.ZodType<string, string>>(schema: T) =>
  z.preprocess((value) => (value == null ? "" : typeof value === "number" ? String(value) : value), schema);

const price = text(
  plainString({ error: "price_invalid" }).trim().min(1, { error: "price_required" }),
).transform((value, ctx) => {
  const fen = parseYuanToFen(value);
  if (fen === null) {
    ctx.addIssue({ code: "custom", message: "price_invalid" });
    return z.NEVER;
  }
  if (fen < MIN_PRICE_FEN || fen > MAX_PRICE_FEN) {
    ctx.addIssue({ code: "custom", message: fen < MIN_PRICE_FEN ? "price_too_low" : "price_too_high" });
    return z.NEVER;
  }
  return fen;
});

const stock = text(
  plainString({ error: "stock_invalid" }).trim().min(1, { error: "stock_required" }),
).transform((value, ctx) => {
  if (!/^-?\d{1,9}$/.test(value)) {
    ctx.addIssue({ code: "custom", message: "stock_invalid" });
    return z.NEVER;
  }
  const count = Number(value);
  if (count < 0 || count > MAX_STOCK) {
    ctx.addIssue({ code: "custom", message: count < 0 ? "stock_negative" : "stock_too_high" });
    return z.NEVER;
  }
  return count;
});

/** The product fields a seller types or picks; photos are checked apart, by decoding them. */
export const productFieldsSchema = z.object({
  titleZh: text(
    plainString({ error: "title_required" })
      .trim()
      .min(1, { error: "title_required" })
      .max(TITLE_MAX, { error: "title_too_long" }),
  ),
  // English is optional: an empty one falls back to the Chinese title wherever it is shown.
  titleEn: text(plainString({ error: "title_too_long" }).trim().max(TITLE_MAX, { error: "title_too_long" })),
  descriptionZh: text(
    plainString({ error: "description_too_long", multiline: true })
      .trim()
      .max(DESCRIPTION_MAX, { error: "description_too_long" }),
  ),
  descriptionEn: text(
    plainString({ error: "description_too_long", multiline: true })
      .trim()
      .max(DESCRIPTION_MAX, { error: "description_too_long" }),
  ),
  categoryId: text(
    plainString({ error: "category_required" })
      .trim()
      .min(1, { error: "category_required" })
      .max(40, { error: "category_unknown" }),
  ),
  priceYuan: price,
  stock,
  unit: z.enum(PRODUCT_UNITS, { error: "unit_invalid" }),
  status: z.enum(SELLER_PRODUCT_STATUSES, { error: "status_invalid" }),
});

export type ProductFields = z.infer<typeof productFieldsSchema>;

export const productIdSchema = idString();

const blob = z.custom<Blob>((value) => value instanceof Blob, { error: "photo_not_image" });

export const photoInputSchema = z.object({
  photos: z.array(blob).default([]),
  removeImageIds: z.array(plainString().max(40)).max(50).default([]),
});
