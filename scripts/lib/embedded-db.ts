import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/**
 * A real PostgreSQL (PGlite, compiled to WASM) served on a local TCP port, so Prisma and `pg`
 * connect to it as to any server. `dataDir` keeps the data on disk; without it the data lives in memory.
 * It runs one query at a time: clients should use a pool of one connection.
 */
export async function startEmbeddedDatabase(options: { dataDir?: string; port?: number } = {}) {
  // pg_trgm indexes the search's pinyin column; the migration creates the extension.
  const extensions = { pg_trgm };
  const pglite = await PGlite.create(
    options.dataDir ? { dataDir: options.dataDir, extensions } : { extensions },
  );
  const server = new PGLiteSocketServer({
    db: pglite,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: 8,
  });
  await server.start();
  const address = server.getServerConn();
  const url = `postgresql://postgres:postgres@${address}/postgres?sslmode=disable`;
  const stop = async () => {
    await server.stop();
    await pglite.close();
  };
  return { url, stop } satisfies EmbeddedDatabase;
}
