import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** 160 random bits, URL- and OBS-safe; shown to the seller once, stored only as its SHA-256. */
export function newStreamKey(): { key: string; hash: string } {
  const key = `xy${randomBytes(20).toString("hex")}`;
  return { key, hash: hashStreamKey(key) };
}

export function hashStreamKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

// "Go live" in the browser: the app's own ffmpeg publishes with a key the app can make again for one
// session (the stored hash cannot be turned back into the seller's key). `b<id>.<mac>`.
const BROWSER_KEY = /^b([a-z0-9]{10,40})\.([0-9a-f]{40})$/;

function browserMac(sessionId: string): string {
  return createHmac("sha256", env.NEXTAUTH_SECRET)
    .update(`live-browser:${sessionId}`)
    .digest("hex")
    .slice(0, 40);
}

export function browserPublishKey(sessionId: string): string {
  return `b${sessionId}.${browserMac(sessionId)}`;
}

/** The session a browser-publisher key was made for, or null when it is not one of ours. */
export function sessionOfBrowserKey(key: string): string | null {
  const match = BROWSER_KEY.exec(key);
  const [, sessionId, mac] = match ?? [];
  if (!sessionId || !mac) return null;
  const expected = Buffer.from(browserMac(sessionId));
  return timingSafeEqual(expected, Buffer.from(mac)) ? sessionId : null;
}
