import pg from "pg";

const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

/**
 * The PostgreSQL server tests use: TEST_DATABASE_SERVER_URL when given ("embedded" forces PGlite),
 * else DATABASE_URL, else the local one when it answers, else "embedded".
 */
export async function findTestServer(): Promise<string> {
  const chosen = process.env.TEST_DATABASE_SERVER_URL ?? process.env.DATABASE_URL;
  if (chosen) return chosen;
  const client = new pg.Client({ connectionString: LOCAL_SERVER, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return LOCAL_SERVER;
  } catch {
    return "embedded";
  } finally {
    await client.end().catch(() => {});
  }
}
