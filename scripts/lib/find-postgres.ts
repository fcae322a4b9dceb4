import pg from "pg";

const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

/** The PostgreSQL server tests use: DATABASE_URL, else the local one, else "embedded" (PGlite). */
export async function findTestServer(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
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
