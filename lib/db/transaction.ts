import "server-only";
import type pg from "pg";
import { pool } from "./client";

/**
 * A transaction on one connection of the shared pool, for the few hot paths written in SQL (they
 * use named statements, which PostgreSQL plans once per connection instead of on every call). A
 * connection that failed mid-transaction is dropped, not returned to the pool.
 */
export async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A connection dropped between two statements (a database restart) makes the next statement fail
  // and the rollback below; the loss itself is heard by the pool's listener (./client.ts), and the
  // pool discards a client that is no longer queryable.
  let broken = false;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
