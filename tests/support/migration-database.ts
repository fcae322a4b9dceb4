// For tests of one migration on data written before it: a fresh database migrated up to just before
// it, rows written the old way by the test, then the migration applied as committed.
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { createEmptyDatabase, type ThrowawayDatabase } from "../../scripts/lib/throwaway-db";

const migrationSql = (name: string) => readFileSync(`prisma/migrations/${name}/migration.sql`, "utf8");

/** Made before the suite that calls it and dropped after it; `migrate()` applies `migration` itself. */
export function databaseBefore(migration: string, databaseName: string) {
  const earlier = readdirSync("prisma/migrations")
    .filter((name) => /^\d{14}_/.test(name) && name < migration)
    .sort();
  let database: ThrowawayDatabase | undefined;
  let client: pg.Client | undefined;

  beforeAll(async () => {
    database = await createEmptyDatabase(databaseName);
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    for (const name of earlier) await client.query(migrationSql(name));
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  return {
    get client(): pg.Client {
      if (!client) throw new Error("The database is made in beforeAll: use it inside a test");
      return client;
    },
    get url(): string {
      if (!database) throw new Error("The database is made in beforeAll: use it inside a test");
      return database.url;
    },
    migrate: () => client?.query(migrationSql(migration)),
  };
}
