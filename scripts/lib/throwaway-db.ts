import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDatabase } from "./embedded-db";
import { migrate } from "./prisma-cli";

export type ThrowawayDatabase = { url: string; drop: () => Promise<void> };

/**
 * The server tests run against: TEST_DATABASE_SERVER_URL (set by scripts/test.ts), else DATABASE_URL,
 * else the local PostgreSQL. "embedded" means no server answered and each database is its own PGlite.
 */
export function testServerUrl(): string {
  return (
    process.env.TEST_DATABASE_SERVER_URL ??
    process.env.DATABASE_URL ??
    "postgresql://postgres@127.0.0.1:5432/postgres"
  );
}

/**
 * A fresh database with no tables that nobody else uses, dropped by `drop()`: for tests that apply
 * migrations one by one (a migration tested on the data as it was before it).
 */
export async function createEmptyDatabase(prefix: string): Promise<ThrowawayDatabase> {
  const server = testServerUrl();
  if (server === "embedded") {
    const embedded = await startEmbeddedDatabase();
    return { url: embedded.url, drop: embedded.stop };
  }
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const drop = async () => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
  return { url: url.toString(), drop };
}

/** A fresh, migrated database that nobody else uses, dropped by `drop()`. */
export async function createThrowawayDatabase(prefix: string): Promise<ThrowawayDatabase> {
  const database = await createEmptyDatabase(prefix);
  await migrate(database.url);
  return database;
}
