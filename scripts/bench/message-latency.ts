// How long a message takes from "send" to another viewer's screen: persisted (the advisory lock, the
// insert, the conversation's marks), published on the bus by one app instance, received by a second
// instance's bus and read back from the database by the viewer's Server-Sent Events stream.
// Both "instances" share this process (two bus objects each with their own connections), so the
// figures are the app's and the transport's, without the browser or HTTP.
// Usage: npm run bench:messages -- [messages=100]
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createThrowawayDatabase } from "../lib/throwaway-db";
import { busPairs, quantile } from "./bus-pairs";

const count = Number(process.argv[2] ?? 100);

async function seed(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const id = () => randomUUID().replaceAll("-", "");
  const village = id();
  const buyer = id();
  const seller = id();
  const shop = id();
  const conversation = id();
  await client.query(
    `INSERT INTO "Village" (id, slug, "nameZh", "nameEn", "countyZh", "countyEn") VALUES ($1, 'bench', '下营村', 'Xiaying', '郧西县', 'Yunxi')`,
    [village],
  );
  for (const [userId, role] of [
    [buyer, "BUYER"],
    [seller, "SELLER"],
  ]) {
    await client.query(
      `INSERT INTO "User" (id, email, "passwordHash", name, role) VALUES ($1, $2, 'x', 'bench', $3)`,
      [userId, `${userId}@bench.test`, role],
    );
  }
  await client.query(
    `INSERT INTO "Shop" (id, "villageId", "ownerId", slug, "nameZh", "nameEn", "storyZh", "storyEn", status) VALUES ($1, $2, $3, 'bench-shop', '店', 'Shop', '', '', 'ACTIVE')`,
    [shop, village, seller],
  );
  await client.query(`INSERT INTO "Conversation" (id, "buyerId", "shopId") VALUES ($1, $2, $3)`, [
    conversation,
    buyer,
    shop,
  ]);
  await client.end();
  return { buyer, seller, conversation };
}

async function main() {
  const database = await createThrowawayDatabase("bench_messages");
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: "bench-secret-not-for-production",
    JOBS: "off",
  });
  const ids = await seed(database.url);
  const { postMessage } = await import("@/lib/messages/post");
  const { messageStream } = await import("@/lib/messages/stream");
  const { pairs, close } = await busPairs(database.url);
  const conversation = { id: ids.conversation, buyerId: ids.buyer, shopOwnerId: ids.seller };
  try {
    for (const [kind, [poster, viewerBus]] of Object.entries(pairs)) {
      const abort = new AbortController();
      const response = await messageStream(ids.seller, -1, abort.signal, viewerBus);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      const latencies: number[] = [];
      for (let index = 0; index < count; index++) {
        const started = performance.now();
        const sent = await postMessage(
          conversation,
          { side: "BUYER", userId: ids.buyer },
          { kind: "TEXT", text: `m${index}` },
          poster,
        );
        while (!buffer.includes(`id: ${sent.seq}\n`))
          buffer += decoder.decode((await reader.read()).value, { stream: true });
        latencies.push(performance.now() - started);
        buffer = buffer.slice(buffer.indexOf(`id: ${sent.seq}\n`));
      }
      abort.abort();
      const sorted = latencies.sort((a, b) => a - b);
      console.log(
        `${kind.padEnd(8)} post → other instance's viewer: p50 ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms (${count} messages)`,
      );
    }
  } finally {
    await close();
    await database.drop();
  }
}

await main();
