import { z } from "zod";
import { mobilePhoneSchema } from "@/lib/validation/phone";
import { requiredText } from "@/lib/validation/text";

const text = requiredText;

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
