import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { type LocalStripe, startLocalStripe } from "../stripe-local/server";

export type PaymentsSetup = { env: Record<string, string>; local?: LocalStripe };

/**
 * With STRIPE_SECRET_KEY set the app talks to Stripe itself. Without it, the project's local
 * Stripe-compatible server is started here and the app pointed at it: same SDK, same code path,
 * webhooks signed and delivered to the app's own route.
 */
export async function setUpPayments(options: {
  appUrl: string;
  port: number;
  stateFile?: string;
  secretFile?: string;
  /** Tests never reach a real Stripe account, whatever the environment says. */
  alwaysLocal?: boolean;
}): Promise<PaymentsSetup> {
  if (process.env.STRIPE_SECRET_KEY && !options.alwaysLocal) {
    if (!process.env.STRIPE_WEBHOOK_SECRET)
      throw new Error("STRIPE_WEBHOOK_SECRET must be set with STRIPE_SECRET_KEY");
    return { env: {} };
  }
  const webhookSecret = webhookSecretFrom(options.secretFile);
  const local = await startLocalStripe({
    port: options.port,
    webhookUrl: `${options.appUrl}/api/stripe/webhook`,
    webhookSecret,
    stateFile: options.stateFile,
    quiet: true,
  });
  return {
    local,
    env: {
      STRIPE_API_URL: local.url,
      STRIPE_SECRET_KEY: "sk_test_local_not_a_secret",
      STRIPE_WEBHOOK_SECRET: webhookSecret,
    },
  };
}

/** A fresh signing secret, kept beside the embedded data when a file is given so restarts agree. */
function webhookSecretFrom(file?: string): string {
  if (file && existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = `whsec_${randomBytes(24).toString("hex")}`;
  if (file) writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
