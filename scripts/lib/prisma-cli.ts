import { run } from "./run";

/**
 * Applies the committed migrations to the database at `url` with the Prisma CLI. Asynchronous on
 * purpose: the embedded database is served from this same process and must keep answering.
 */
export function migrate(url: string): Promise<void> {
  return run("npx", ["prisma", "migrate", "deploy"], { ...process.env, DATABASE_URL: url });
}
