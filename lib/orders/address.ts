import { z } from "zod";

// Chinese mainland mobile numbers: 11 digits starting 13–19.
export const MOBILE_PHONE = /^1[3-9]\d{9}$/;

const text = (max: number) =>
  z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "too_long" });

/** The shipping address form; error messages are codes the page translates (store.checkout.errors). */
export const addressSchema = z.object({
  recipientName: text(40),
  recipientPhone: z
    .string({ error: "required" })
    .trim()
    // People write "138 0013 8000", "138-0013-8000" or "+86 138…": keep the 11 digits.
    .transform((value) => value.replace(/^\+86\s*/, "").replace(/(?<=\d)[\s-](?=\d)/g, ""))
    .pipe(z.string().min(1, { error: "required" }).regex(MOBILE_PHONE, { error: "phone_invalid" })),
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
