import "server-only";
import Stripe from "stripe";
import { env } from "@/lib/env";

/**
 * The one Stripe client. With STRIPE_API_URL set (the project's local Stripe-compatible server, for
 * the demo and the tests) every call goes there; without it, to Stripe itself. The SDK retries lost
 * or failed calls twice with the same Idempotency-Key.
 */
function createStripe(): Stripe {
  const local = env.STRIPE_API_URL ? new URL(env.STRIPE_API_URL) : null;
  return new Stripe(env.STRIPE_SECRET_KEY, {
    maxNetworkRetries: 2,
    timeout: 15_000,
    telemetry: false,
    ...(local && {
      host: local.hostname,
      port: Number(local.port || 80),
      protocol: local.protocol === "https:" ? "https" : "http",
    }),
  });
}

const globalForStripe = globalThis as unknown as { stripe?: Stripe };
export const stripe = globalForStripe.stripe ?? createStripe();
globalForStripe.stripe = stripe;

/** The signature tolerance Stripe recommends: an event older than this is a replay. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;
