// Plain constants (no server imports): next.config.ts and proxy.ts both read them.
import { MAX_PHOTO_BYTES, MAX_PHOTOS_PER_PRODUCT } from "../images/limits";
import { MAX_VOICE_MESSAGE_BYTES } from "../messages/limits";
import { MAX_VOICE_BYTES } from "../seller/limits";

/** Every request body except a product save: forms, cart, checkout, sign-in, webhooks. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** A product save: six photos and a voice note at their limits, plus the form's own fields and framing. */
export const UPLOAD_BODY_LIMIT_BYTES =
  MAX_PHOTOS_PER_PRODUCT * MAX_PHOTO_BYTES + MAX_VOICE_BYTES + 256 * 1024;

/** The pages whose server action saves a product with its photos and voice (app/(seller)/seller/products). */
export const UPLOAD_PATH = /^\/seller\/products\/[^/]+$/;

/** Sending one message: a photo at its limit (a voice message is smaller), plus the form's framing. */
export const MESSAGE_BODY_LIMIT_BYTES = Math.max(MAX_PHOTO_BYTES, MAX_VOICE_MESSAGE_BYTES) + 64 * 1024;

/** The route a message is sent to (app/api/conversations/[id]/messages). */
export const MESSAGE_PATH = /^\/api\/conversations\/[^/]+\/messages$/;

/** The largest body a POST to this path may declare. */
export function bodyLimitFor(pathname: string, isAction: boolean): number {
  if (isAction && UPLOAD_PATH.test(pathname)) return UPLOAD_BODY_LIMIT_BYTES;
  if (!isAction && MESSAGE_PATH.test(pathname)) return MESSAGE_BODY_LIMIT_BYTES;
  return BODY_LIMIT_BYTES;
}
