import { z } from "zod";
import { mobilePhoneSchema } from "@/lib/validation/phone";
import { requiredText } from "@/lib/validation/text";
import {
  EMAIL_MAX,
  HOUSEHOLD_CODE_MAX,
  NAME_MAX,
  SHOP_NAME_EN_MAX,
  SHOP_NAME_ZH_MAX,
  SHOP_STORY_MAX,
} from "./limits";
import { newPasswordSchema, passwordNotLikeEmail } from "./password-rules";

// Messages are codes: the forms translate them (auth.fieldErrors.<code>).
const text = requiredText;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "too_long" })
    .optional()
    .transform((value) => value ?? "");

const email = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "required", abort: true })
  .max(EMAIL_MAX, { error: "too_long" })
  .pipe(z.email({ error: "email_invalid" }));

const password = newPasswordSchema;

const phone = mobilePhoneSchema;

export const buyerSignUpSchema = z
  .object({
    name: text(NAME_MAX),
    email,
    password,
  })
  .superRefine(passwordNotLikeEmail);

export const sellerSignUpSchema = z
  .object({
    name: text(NAME_MAX),
    phone,
    email,
    password,
    householdCode: text(HOUSEHOLD_CODE_MAX),
    shopNameZh: text(SHOP_NAME_ZH_MAX),
    shopNameEn: optionalText(SHOP_NAME_EN_MAX),
    story: optionalText(SHOP_STORY_MAX),
  })
  .superRefine(passwordNotLikeEmail);

export type BuyerSignUp = z.infer<typeof buyerSignUpSchema>;
export type SellerSignUp = z.infer<typeof sellerSignUpSchema>;
