import { inject } from "vitest";
import { type DbProxy, startDbProxy } from "./db-proxy";

// The app reaches the test database through a relay, so a test can take the database away.
const proxy = await startDbProxy(inject("databaseUrl"));
(globalThis as { dbProxy?: DbProxy }).dbProxy = proxy;

process.env.DATABASE_URL = proxy.url;
process.env.NEXTAUTH_SECRET ??= "vitest-secret-not-for-production";
process.env.DATABASE_POOL_MAX ??= "10";
process.env.STRIPE_API_URL = inject("stripeApiUrl");
process.env.STRIPE_SECRET_KEY = "sk_test_vitest_local";
process.env.STRIPE_WEBHOOK_SECRET = inject("stripeWebhookSecret");
process.env.STRIPE_SUPPRESS_NOTICES = "true";
process.env.JOBS = "off";
