import { createHmac } from "node:crypto";

/**
 * Stripe's `Stripe-Signature`: `t=<unix>,v1=<hex HMAC-SHA256 of "t.payload">` with the endpoint secret,
 * which `stripe.webhooks.constructEvent` checks. `t` is the wall clock: the SDK compares it with its own.
 */
export function signatureHeader(
  payload: string,
  secret: string,
  timestamp = Math.floor(Date.now() / 1000),
): string {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${signature}`;
}
