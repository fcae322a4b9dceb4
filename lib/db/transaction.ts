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
  let broken = false;
  // A connection dropped between two statements (a database restart) is reported as an 'error'
  // event on the checked-out client, which would otherwise be unhandled and end the process; the
  // next statement fails with it anyway, and the transaction rolls back below.
  const onLost = () => {
    broken = true;
  };
  client.on("error", onLost);
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
    client.off("error", onLost);
    client.release(broken);
  }
}
