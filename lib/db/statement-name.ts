import type pg from "pg";

// Named statements are planned once per connection, and pg remembers per connection which names it
// has prepared. The embedded database (PGlite behind pglite-socket) is one PostgreSQL session for
// every connection, from every process: a second connection, or a new one after the pool closed an
// idle one, preparing the same name failed with "prepared statement … already exists" (the checkout
// of the first buyer after a quiet spell on `npm start`). A name unique to the connection keeps each
// connection's statements its own on both databases.
const connectionIds = new WeakMap<pg.ClientBase, string>();
let connectionsSeen = 0;

/** `name` made unique to this connection (and process): at most 63 bytes with names under 40. */
export function statementName(client: pg.ClientBase, name: string): string {
  let id = connectionIds.get(client);
  if (!id) {
    connectionsSeen += 1;
    id = `${process.pid.toString(36)}.${connectionsSeen.toString(36)}`;
    connectionIds.set(client, id);
  }
  return `${name}@${id}`;
}
