import { z } from "zod";

// Chinese mainland mobile numbers: 11 digits starting 13–19.
export const MOBILE_PHONE = /^1[3-9]\d{9}$/;
export const PHONE_INPUT_MAX = 20;

/**
 * A mainland mobile number as people type it ("138 0013 8000", "138-0013-8000", "+86 138…"),
 * stored as the 11 digits. Errors are codes the forms translate: required, phone_invalid.
 */
export const mobilePhoneSchema = z
  .string({ error: "required" })
  .trim()
  .max(PHONE_INPUT_MAX, { error: "phone_invalid" })
  // Only separators between digits go, so "-138…" stays invalid; then a country code before 11 digits.
  .transform((value) => value.replace(/(?<=\d)[\s-](?=\d)/g, "").replace(/^\+?86(?=1\d{10}$)/, ""))
  .pipe(
    z.string().min(1, { error: "required", abort: true }).regex(MOBILE_PHONE, { error: "phone_invalid" }),
  );
