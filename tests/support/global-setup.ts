import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { createThrowawayDatabase } from "../../scripts/lib/throwaway-db";
import { startLocalStripe } from "../../scripts/stripe-local/server";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    stripeApiUrl: string;
    stripeWebhookSecret: string;
  }
}

/**
 * Every Vitest run gets its own migrated database and its own local Stripe-compatible server (the
 * real SDK talks to it), both gone at the end. Tests that want webhooks point it at a receiver.
 */
export default async function setup(project: TestProject) {
  const database = await createThrowawayDatabase("vitest");
  const stripe = await startLocalStripe({ port: 0, quiet: true });
  project.provide("databaseUrl", database.url);
  project.provide("stripeApiUrl", stripe.url);
  project.provide("stripeWebhookSecret", `whsec_${randomBytes(24).toString("hex")}`);
  return async () => {
    await stripe.stop();
    await database.drop();
  };
}
