import { z } from "zod";
import { mobilePhoneSchema } from "@/lib/validation/phone";

const text = (max: number) =>
  z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "too_long" });

/** The shipping address form; error messages are codes the page translates (store.checkout.errors). */
export const addressSchema = z.object({
  recipientName: text(40),
  recipientPhone: mobilePhoneSchema,
  province: text(30),
  city: text(30),
  addressLine: text(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, { error: "postal_invalid" })
    .optional()
    .transform((value) => value ?? ""),
});

export type AddressInput = z.infer<typeof addressSchema>;
export const addressFields = [
  "recipientName",
  "recipientPhone",
  "province",
  "city",
  "addressLine",
  "postalCode",
] as const;
