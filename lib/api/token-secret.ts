import { createHash, randomBytes } from "node:crypto";

// `xy_` and 32 random bytes in base64url (43 characters): the prefix tells a leaked token apart in
// logs and secret scanners; 256 bits cannot be guessed, so a plain SHA-256 is enough to store it.
const TOKEN_PREFIX = "xy_";
export const TOKEN_PATTERN = /^xy_[A-Za-z0-9_-]{43}$/;
/** How much of the token the lists show: the prefix and 8 characters of the secret. */
const VISIBLE_LENGTH = TOKEN_PREFIX.length + 8;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function visiblePrefix(token: string): string {
  return token.slice(0, VISIBLE_LENGTH);
}

/** A new token: the secret to show once, what the lists show, and the hash to store. */
export function newTokenSecret(): { token: string; prefix: string; secretHash: string } {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, prefix: visiblePrefix(token), secretHash: hashToken(token) };
}
