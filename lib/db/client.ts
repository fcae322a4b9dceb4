import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * One pool per process, shared by Prisma and the job queue: on the embedded database (one query at
 * a time) a second pool would interleave its statements with an open transaction.
 */
function createPool() {
  const pool = new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_MAX,
    // A pool of one is the embedded database's (scripts/start.ts): keep its connection open, since
    // statements a closed connection prepared stay in PGlite's one session (lib/db/statement-name.ts).
    idleTimeoutMillis: env.DATABASE_POOL_MAX === 1 ? 0 : 10_000,
  });
  // An idle connection dropped by a database restart is reported here; unheard, it would end the
  // process. The pool replaces it on the next query.
  pool.on("error", (error) => console.error("[db] idle connection lost:", error.message));
  // A connection lost while checked out (mid-transaction) fails its query, and pg also emits the
  // loss on the client, where the pool listens only while it is idle: heard here, not a crash.
  pool.on("connect", (client) => {
    client.on("error", (error) => console.error("[db] connection lost in use:", error.message));
  });
  return pool;
}

function createClient(pool: pg.Pool) {
  // The embedded database answers one query at a time, so transactions may wait for the pool.
  return new PrismaClient({
    adapter: new PrismaPg(pool),
    transactionOptions: { maxWait: 20_000, timeout: 30_000 },
  });
}

// Next's dev server reloads modules, so keep them on globalThis.
const globalForDb = globalThis as unknown as { pool?: pg.Pool; prisma?: ReturnType<typeof createClient> };
export const pool = globalForDb.pool ?? createPool();
export const db = globalForDb.prisma ?? createClient(pool);
globalForDb.pool = pool;
globalForDb.prisma = db;

export type Db = typeof db;
export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
