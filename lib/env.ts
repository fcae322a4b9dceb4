import "server-only";
import { z } from "zod";

// One validated view of the environment: a bad setting stops the server at start with a clear message.
const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  NEXTAUTH_SECRET: z.string().min(16, { message: "NEXTAUTH_SECRET must be at least 16 characters" }),
  NEXTAUTH_URL: z.string().url().default("http://localhost:3000"),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(50).default(10),
  // Stripe: real keys talk to Stripe; without STRIPE_API_URL the SDK uses api.stripe.com.
  // `npm start` and `npm test` with no keys start the project's local Stripe-compatible server and
  // set all three to it.
  STRIPE_SECRET_KEY: z.string().min(8).default("sk_test_local_not_a_secret"),
  STRIPE_WEBHOOK_SECRET: z.string().min(8).default("whsec_local_not_a_secret"),
  STRIPE_API_URL: z.string().url().optional(),
  // How long a buyer has to pay before the order's stock goes back (Stripe allows 30 min to 24 h).
  ORDER_PAYMENT_MINUTES: z.coerce.number().int().min(30).max(1440).default(30),
  // `off` keeps the job worker out of this process (tests run jobs by hand).
  JOBS: z.enum(["on", "off"]).default("on"),
  // Rate limits live in Redis when set (several server processes share them), else in this process.
  REDIS_URL: z.string().url().optional(),
  // Where real-time events (new messages) travel between server processes: `memory` (one process:
  // the embedded database cannot carry LISTEN/NOTIFY), `redis` (pub/sub on REDIS_URL) or `postgres`
  // (LISTEN/NOTIFY on a real PostgreSQL server).
  EVENT_BUS: z.enum(["memory", "redis", "postgres"]).default("memory"),
  // The first sign-in lockout of one client for one account, in seconds; each further lockout that
  // day doubles it, up to 15 minutes (lib/security/rate-limit.ts). The journeys lengthen it, so that
  // a busy machine cannot outlast it between the steps that check it.
  SIGN_IN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(900).default(1),
  // Only behind reverse proxies that append to X-Forwarded-For: how many (`true` = 1). Otherwise the
  // client's address is the socket's peer and X-Forwarded-For is ignored.
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|[0-9])$/, { message: "TRUST_PROXY must be true, false or a number of proxies" })
    .default("false"),
});

const parsed = schema
  .refine((value) => value.EVENT_BUS !== "redis" || value.REDIS_URL, {
    message: "EVENT_BUS=redis needs REDIS_URL",
    path: ["EVENT_BUS"],
  })
  .safeParse(process.env);
if (!parsed.success) {
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid environment:\n${problems.join("\n")}`);
}

export const env = parsed.data;
