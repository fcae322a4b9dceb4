// No `server-only`: scripts/lib/media-server.ts writes the same token into the nginx config.
import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The secret nginx-rtmp carries in its callback URLs. Derived from the session secret (kept in
 * .data/nextauth-secret by `npm start`, never committed) rather than stored: the config written at
 * each start and the running app always agree, and rotating NEXTAUTH_SECRET rotates it too.
 */
export function mediaCallbackToken(sessionSecret: string): string {
  return createHmac("sha256", sessionSecret).update("live-media-callback").digest("hex");
}

export function isMediaCallbackToken(sessionSecret: string, token: string | null): boolean {
  if (!token) return false;
  const expected = Buffer.from(mediaCallbackToken(sessionSecret));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
