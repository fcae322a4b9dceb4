// Field limits shared by the sign-up forms (maxLength attributes) and their server-side schemas.
export const NAME_MAX = 50;
export const EMAIL_MAX = 200;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;
export const SHOP_NAME_ZH_MAX = 40;
export const SHOP_NAME_EN_MAX = 60;
export const SHOP_STORY_MAX = 1000;
export const HOUSEHOLD_CODE_MAX = 20;
export { PHONE_INPUT_MAX as PHONE_MAX } from "@/lib/validation/phone";
