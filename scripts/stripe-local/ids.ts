import { randomBytes } from "node:crypto";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A Stripe-looking id (`ch_3Pq…`): the type prefix tells a reader of logs and webhooks what it names. */
export function newId(prefix: string, length = 24): string {
  let id = prefix;
  for (const byte of randomBytes(length)) id += BASE62.charAt(byte % BASE62.length);
  return id;
}
