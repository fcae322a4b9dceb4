import net from "node:net";

export type DbProxy = { url: string; cut: (ms: number) => void; stop: () => Promise<void> };

/**
 * A TCP relay in front of the test database, so a test can make the database go away the way a
 * restart does: every open connection is dropped and new ones are refused for a while.
 */
export async function startDbProxy(databaseUrl: string): Promise<DbProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<net.Socket>();
  let downUntil = 0;
  const server = net.createServer((client) => {
    if (Date.now() < downUntil) {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return {
    url: url.toString(),
    cut(ms) {
      downUntil = Date.now() + ms;
      for (const socket of sockets) socket.destroy();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Drops every database connection of this test process and refuses new ones for `ms`. */
export function cutDatabase(ms: number) {
  const proxy = (globalThis as { dbProxy?: DbProxy }).dbProxy;
  if (!proxy) throw new Error("the database relay is not running (tests/support/setup-env.ts)");
  proxy.cut(ms);
}
