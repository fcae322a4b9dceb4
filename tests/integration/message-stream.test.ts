import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { MemoryBus } from "@/lib/events/memory-bus";
import { PostgresBus } from "@/lib/events/postgres-bus";
import { RedisBus } from "@/lib/events/redis-bus";
import type { EventBus } from "@/lib/events/types";
import { loadParticipant } from "@/lib/messages/access";
import { postMessage } from "@/lib/messages/post";
import { messageStream } from "@/lib/messages/stream";
import { createUser } from "../support/factories";
import { openedConversation, readMessageEvents } from "../support/message-factories";

// The machines (and CI) run Redis and PostgreSQL on loopback, as the README says.
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const PG_SERVER_URL = process.env.TEST_PG_BUS_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const buses: EventBus[] = [];
const pools: pg.Pool[] = [];
afterAll(async () => {
  await Promise.all(buses.map((bus) => bus.close()));
  await Promise.all(pools.map((pool) => pool.end()));
});

function track<T extends EventBus>(bus: T): T {
  buses.push(bus);
  return bus;
}

/** A conversation, and a way to post in it as the buyer through a given bus (one "app instance"). */
async function scene() {
  const parties = await openedConversation();
  const loaded = await loadParticipant(parties.buyer.id, parties.conversationId);
  if (!loaded.ok) throw new Error(loaded.error);
  const { conversation } = loaded.participant;
  const post = (text: string, bus: EventBus) =>
    postMessage(conversation, { side: "BUYER", userId: parties.buyer.id }, { kind: "TEXT", text }, bus);
  return { ...parties, post };
}

/** The seller's stream on one instance, resuming after `after`. */
async function sellerStream(sellerId: string, after: number, bus: EventBus) {
  const abort = new AbortController();
  const response = await messageStream(sellerId, after, abort.signal, bus);
  return { response, abort };
}

describe("the message stream", () => {
  it("sends what was missed since the last event id, then new messages as they are posted", async () => {
    const bus = track(new MemoryBus());
    const { seller, post } = await scene();
    const first = await post("第一条", bus);
    const missed = await post("掉线时发的", bus);

    // Reconnecting with the first message's id as Last-Event-ID.
    const { response, abort } = await sellerStream(seller.id, first.seq, bus);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reading = readMessageEvents(response, 2);
    const live = await post("新的一条", bus);
    const events = await reading;
    abort.abort();
    expect(events.map((event) => [Number(event.id), event.data.text])).toEqual([
      [missed.seq, "掉线时发的"],
      [live.seq, "新的一条"],
    ]);
  });

  it("is refused to a visitor and an admin, and carries nothing of other people's conversations", async () => {
    const bus = track(new MemoryBus());
    const signal = new AbortController().signal;
    expect((await messageStream(null, 0, signal, bus)).status).toBe(401);
    expect((await messageStream((await createUser("ADMIN")).id, 0, signal, bus)).status).toBe(403);

    const { post } = await scene();
    const other = await scene();
    // No cursor (-1): only what is posted from now on.
    const { response, abort } = await sellerStream(other.seller.id, -1, bus);
    const reading = readMessageEvents(response, 1);
    await post("不是给你的", bus);
    await other.post("给你的", bus);
    const events = await reading;
    abort.abort();
    expect(events.map((event) => event.data.text)).toEqual(["给你的"]);
  });
});

describe("two app instances", () => {
  it("on the Redis bus: a message posted on one reaches a seller connected to the other", async () => {
    const instanceA = track(new RedisBus(REDIS_URL));
    const instanceB = track(new RedisBus(REDIS_URL));
    const { seller, post } = await scene();
    const start = await post("开始", instanceA);
    const { response, abort } = await sellerStream(seller.id, start.seq, instanceB);
    const reading = readMessageEvents(response, 1);
    const sent = await post("从另一台服务器来的", instanceA);
    const [event] = await reading;
    abort.abort();
    expect(event).toMatchObject({ id: String(sent.seq), data: { text: "从另一台服务器来的" } });
  });

  it("on the PostgreSQL LISTEN/NOTIFY bus, likewise", async () => {
    const pool = new pg.Pool({ connectionString: PG_SERVER_URL, max: 2 });
    pools.push(pool);
    const notify = (sql: string, values: unknown[]) => pool.query(sql, values);
    const instanceA = track(new PostgresBus(PG_SERVER_URL, notify));
    const instanceB = track(new PostgresBus(PG_SERVER_URL, notify));
    const { seller, post } = await scene();
    const start = await post("开始", instanceA);
    const { response, abort } = await sellerStream(seller.id, start.seq, instanceB);
    const reading = readMessageEvents(response, 1);
    const sent = await post("通过 NOTIFY", instanceA);
    const [event] = await reading;
    abort.abort();
    expect(event).toMatchObject({ id: String(sent.seq), data: { text: "通过 NOTIFY" } });
  });
});
