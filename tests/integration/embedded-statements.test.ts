// The embedded database is one PostgreSQL session shared by every connection. Checkout's named
// statements must work from a second connection at once, and from a new connection after the first
// one closed (the pool closing an idle connection), as they do on a PostgreSQL server.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reserveLiveLine } from "@/lib/live/pins/checkout-reserve";
import { lockAndReserve } from "@/lib/orders/order-rows";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "../../scripts/lib/embedded-db";
import { migrate } from "../../scripts/lib/prisma-cli";

let embedded: EmbeddedDatabase;

beforeAll(async () => {
  embedded = await startEmbeddedDatabase();
  await migrate(embedded.url);
}, 120_000);

afterAll(async () => {
  await embedded?.stop();
});

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  return client;
}

/** One checkout's reads, as checkout runs them inside its transaction; nothing in the cart. */
async function emptyCheckout(client: pg.Client) {
  await client.query("BEGIN");
  try {
    const lines = await lockAndReserve(client as unknown as pg.PoolClient, randomUUID());
    const pin = await reserveLiveLine(client as unknown as pg.PoolClient, randomUUID(), {
      productId: randomUUID(),
      livePinId: randomUUID(),
      quantity: 1,
    });
    return { lines, pin };
  } finally {
    await client.query("ROLLBACK");
  }
}

describe("checkout's named statements on the embedded database", () => {
  it("run from two connections open at once", async () => {
    const [first, second] = await Promise.all([connect(), connect()]);
    try {
      for (const client of [first, second, first, second]) {
        const { lines, pin } = await emptyCheckout(client);
        expect(lines).toEqual([]);
        expect(pin.ok).toBe(false);
      }
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });

  it("run from a new connection after the one before it closed", async () => {
    for (let round = 0; round < 3; round++) {
      const client = await connect();
      try {
        expect((await emptyCheckout(client)).lines).toEqual([]);
      } finally {
        await client.end();
      }
    }
  });
});
