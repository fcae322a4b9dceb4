import { execFileSync } from "node:child_process";

/** Applies the committed migrations to the database at `url` with the Prisma CLI. */
export function migrate(url: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
