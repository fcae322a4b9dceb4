import "server-only";
import { z } from "zod";

// One validated view of the environment: a bad setting stops the server at start with a clear message.
const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  NEXTAUTH_SECRET: z.string().min(16, { message: "NEXTAUTH_SECRET must be at least 16 characters" }),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(50).default(10),
  PAYMENT_PROVIDER: z.enum(["demo"]).default("demo"),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid environment:\n${problems.join("\n")}`);
}

export const env = parsed.data;
