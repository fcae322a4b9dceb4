// Plain constants (no server imports): next.config.ts and proxy.ts both read them.
import { MAX_PHOTO_BYTES, MAX_PHOTOS_PER_PRODUCT } from "../images/limits";
import { MAX_VOICE_BYTES } from "../seller/limits";

/** Every request body except a product save: forms, cart, checkout, sign-in, webhooks. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** A product save: six photos and a voice note at their limits, plus the form's own fields and framing. */
export const UPLOAD_BODY_LIMIT_BYTES =
  MAX_PHOTOS_PER_PRODUCT * MAX_PHOTO_BYTES + MAX_VOICE_BYTES + 256 * 1024;

/** The pages whose server action saves a product with its photos and voice (app/(seller)/seller/products). */
export const UPLOAD_PATH = /^\/seller\/products\/[^/]+$/;
