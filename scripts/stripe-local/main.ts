/**
 * `npx tsx scripts/stripe-local/main.ts`: the local Stripe for `npm start` and manual testing.
 * STRIPE_LOCAL_PORT (12111), STRIPE_LOCAL_WEBHOOK_URL, STRIPE_WEBHOOK_SECRET, STRIPE_LOCAL_STATE (a JSON file).
 */
import { startLocalStripe } from "./server";

const DEFAULT_PORT = 12111;

function portFromEnv(): number {
  const text = process.env.STRIPE_LOCAL_PORT;
  if (!text) return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`STRIPE_LOCAL_PORT must be a port number, got ${JSON.stringify(text)}`);
  }
  return port;
}

const webhookUrl = process.env.STRIPE_LOCAL_WEBHOOK_URL || undefined;
const server = await startLocalStripe({
  port: portFromEnv(),
  webhookUrl,
  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET || undefined,
  stateFile: process.env.STRIPE_LOCAL_STATE || undefined,
});
console.log(`stripe-local listening on ${server.url}${webhookUrl ? ` (webhooks to ${webhookUrl})` : ""}`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
