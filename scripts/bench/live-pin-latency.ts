// How long a pin takes from the seller's tap to every viewer's card: the pin use case (session
// lock, stock taken, pin written, published after commit) on one app instance's bus, received by a
// second instance's bus and read back by each viewer's Server-Sent Events stream (the function
// behind /api/live/:id/events, one card read per note for all of that instance's viewers). N
// viewers are connected at once; each pin is timed to each viewer. The issue asks for every viewer
// within 2 s. Both "instances" share this process, so the figures are the app's and the bus's,
// without the browser's network hop.
// Usage: npm run bench:live-pins -- [viewers=200] [pins=20]
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createThrowawayDatabase } from "../lib/throwaway-db";
import { busPairs, quantile } from "./bus-pairs";

const viewers = Number(process.argv[2] ?? 200);
const pins = Number(process.argv[3] ?? 20);

async function seed(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const id = () => randomUUID().replaceAll("-", "");
  const [village, seller, shop, category, session] = [id(), id(), id(), id(), id()];
  const products = [id(), id()];
  await client.query(
    `INSERT INTO "Village" (id, slug, "nameZh", "nameEn", "countyZh", "countyEn") VALUES ($1, 'bench', '下营村', 'Xiaying', '郧西县', 'Yunxi')`,
    [village],
  );
  await client.query(
    `INSERT INTO "User" (id, email, "passwordHash", name, role) VALUES ($1, $2, 'x', 'bench', 'SELLER')`,
    [seller, `${seller}@bench.test`],
  );
  await client.query(
    `INSERT INTO "Shop" (id, "villageId", "ownerId", slug, "nameZh", "nameEn", "storyZh", "storyEn", status) VALUES ($1, $2, $3, 'bench-shop', '店', 'Shop', '', '', 'ACTIVE')`,
    [shop, village, seller],
  );
  await client.query(
    `INSERT INTO "Category" (id, slug, kind, "nameZh", "nameEn") VALUES ($1, 'bench-cat', 'CRAFTS', '手工', 'Crafts')`,
    [category],
  );
  for (const product of products) {
    await client.query(
      `INSERT INTO "Product" (id, "shopId", "categoryId", "titleZh", "titleEn", "priceFen", stock, status, "updatedAt") VALUES ($1, $2, $3, '手串', 'Bracelet', 20000, 1000000, 'ACTIVE', now())`,
      [product, shop, category],
    );
  }
  await client.query(
    `INSERT INTO "LiveSession" (id, "shopId", title, "scheduledAt", status, "streamKeyHash", "startedAt") VALUES ($1, $2, 'bench', now(), 'LIVE', $3, now())`,
    [session, shop, id()],
  );
  await client.end();
  return { seller, session, products };
}

/** One viewer's stream: resolves each awaited pin id with the time its card frame arrived. */
function watch(response: Response) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const arrived = new Map<string, number>();
  const waiting = new Map<string, (at: number) => void>();
  let buffer = "";
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf("\n\n");
      while (end >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (frame.startsWith("event: pin\n")) {
          const pin = JSON.parse(frame.slice(frame.indexOf("data: ") + 6)) as { id: string } | null;
          if (pin) {
            const at = performance.now();
            arrived.set(pin.id, at);
            waiting.get(pin.id)?.(at);
          }
        }
        end = buffer.indexOf("\n\n");
      }
    }
  })().catch(() => undefined);
  return {
    when: (pinId: string) =>
      new Promise<number>((resolve) => {
        const at = arrived.get(pinId);
        if (at !== undefined) resolve(at);
        else waiting.set(pinId, resolve);
      }),
  };
}

async function main() {
  const database = await createThrowawayDatabase("bench_live_pins");
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: "bench-secret-not-for-production",
    JOBS: "off",
    DATABASE_POOL_MAX: "20",
    // The storefront refresh outside a request asks this server's own route: nobody listens here.
    PORT: "9",
  });
  const ids = await seed(database.url);
  const { pinProduct } = await import("@/lib/live/pins/pin");
  const { liveStream } = await import("@/lib/live/chat/stream");
  const { pairs, close } = await busPairs(database.url);
  // The pin use case publishes on the process's own bus: point it at the "seller's instance".
  const globals = globalThis as { xyEventBus?: unknown };
  try {
    for (const [kind, [sellerBus, viewerBus]] of Object.entries(pairs)) {
      globals.xyEventBus = sellerBus;
      const aborts: AbortController[] = [];
      const streams = [];
      for (let index = 0; index < viewers; index++) {
        const abort = new AbortController();
        aborts.push(abort);
        streams.push(watch(await liveStream(ids.session, -1, abort.signal, viewerBus)));
      }
      const latencies: number[] = [];
      for (let round = 0; round < pins; round++) {
        const started = performance.now();
        const pinned = await pinProduct(ids.seller, {
          sessionId: ids.session,
          productId: ids.products[round % 2],
          reservedQuantity: 10,
          sessionPriceFen: 9_900,
        });
        if (!pinned.ok) throw new Error(`pin refused: ${pinned.error}`);
        const arrivals = await Promise.all(streams.map((stream) => stream.when(pinned.data.pinId)));
        for (const at of arrivals) latencies.push(at - started);
      }
      for (const abort of aborts) abort.abort();
      const sorted = latencies.sort((a, b) => a - b);
      console.log(
        `${kind.padEnd(8)} pin → ${viewers} viewers on the other instance: p50 ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms (${pins} pins, ${latencies.length} deliveries)`,
      );
    }
  } finally {
    await close();
    await database.drop();
  }
}

await main();
