// A live show's stream and chat: viewers see the pin and the chat as they happen, catch up after a
// drop, lose a removed line everywhere; floods, muted viewers and strangers are refused.

import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/live/[id]/events/route";
import { db } from "@/lib/db/client";
import { PostgresBus } from "@/lib/events/postgres-bus";
import { RedisBus } from "@/lib/events/redis-bus";
import { likeSession } from "@/lib/live/chat/likes";
import { muteViewer, removeChatMessage } from "@/lib/live/chat/moderate";
import { postChat } from "@/lib/live/chat/post";
import { liveStream } from "@/lib/live/chat/stream";
import type { ChatView } from "@/lib/live/chat/views";
import { createShop } from "../support/factories";
import { type LiveFrame, liveShow, pinned, readLiveFrames } from "../support/live-factories";
import { createBuyer } from "../support/store-factories";

// The machines (and CI) run Redis and PostgreSQL on loopback, as the README says.
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const PG_SERVER_URL = process.env.TEST_PG_BUS_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

// Buses and pools opened by a test, closed when the file is done (as message-stream.test.ts does).
const closing: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closing) await close();
});

// The app's own bus (memory in tests, as on the embedded database): the use cases publish on it.
async function viewer(sessionId: string, after = -1) {
  const abort = new AbortController();
  const response = await liveStream(sessionId, after, abort.signal);
  return { response, abort };
}

const chatTexts = (frames: LiveFrame[]) =>
  frames.filter((f) => f.event === "chat").map((f) => (f.data as ChatView).text);

async function say(userId: string, sessionId: string, text: string) {
  const posted = await postChat(userId, { sessionId, text });
  if (!posted.ok) throw new Error(`chat refused: ${posted.error}`);
  return posted.data;
}

describe("the live stream", () => {
  it("shows a connected viewer the product the seller pins", async () => {
    const { seller, product, session } = await liveShow({ stock: 10, priceFen: 9_000 });
    const { response } = await viewer(session.id);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reading = readLiveFrames(response, (frames) =>
      frames.some((f) => f.event === "pin" && f.data !== null),
    );
    const pinId = await pinned(seller.id, {
      sessionId: session.id,
      productId: product.id,
      reservedQuantity: 4,
      sessionPriceFen: 6_600,
      perBuyerLimit: 1,
    });
    const frames = await reading;
    const card = frames.findLast((f) => f.event === "pin")?.data;
    expect(card).toMatchObject({
      id: pinId,
      sessionPriceFen: 6_600,
      normalPriceFen: 9_000,
      remaining: 4,
      perBuyerLimit: 1,
      open: true,
    });
  });

  it("sends chat as it is written, and on reconnecting exactly the lines after Last-Event-ID", async () => {
    const { seller, session } = await liveShow();
    const [ana, bo] = [await createBuyer(), await createBuyer()];
    const first = await say(ana.id, session.id, "这个手串多大？");
    const missed = await say(seller.id, session.id, "内径 16 厘米");

    const { response, abort } = await viewer(session.id, first.seq);
    const reading = readLiveFrames(response, (frames) => chatTexts(frames).length >= 2);
    await say(bo.id, session.id, "我要一个");
    const frames = await reading;
    abort.abort();
    const lines = frames.filter((f) => f.event === "chat");
    expect(lines.map((f) => (f.data as ChatView).text)).toEqual(["内径 16 厘米", "我要一个"]);
    expect(lines[0]?.id).toBe(String(missed.seq));
    // The seller's reply is marked (the page highlights it) and shows the shop, not a person.
    expect(lines[0]?.data).toMatchObject({ fromSeller: true });
    expect(lines[1]?.data).toMatchObject({ author: expect.stringMatching(/^.\*\*$/) });
    expect(JSON.stringify(frames)).not.toContain(bo.id);
  });

  it("takes a removed line away from every viewer, and from anyone reconnecting later", async () => {
    const { seller, session } = await liveShow();
    const rude = await createBuyer();
    const line = await say(rude.id, session.id, "广告 加我微信");
    const watchers = await Promise.all([viewer(session.id), viewer(session.id)]);
    const readings = watchers.map(({ response }) =>
      readLiveFrames(response, (frames) => frames.some((f) => f.event === "chat-removed")),
    );
    expect(await removeChatMessage(seller.id, { messageId: line.id })).toEqual({ ok: true });
    for (const frames of await Promise.all(readings)) {
      expect(frames.find((f) => f.event === "chat-removed")?.data).toEqual({ messageId: line.id });
    }
    // A viewer who was away gets the removal with the state, and the line is not in the catch-up.
    const { response } = await viewer(session.id, 0);
    const frames = await readLiveFrames(response, (seen) => seen.some((f) => f.event === "chat-removed-all"));
    expect(frames.find((f) => f.event === "chat-removed-all")?.data).toEqual({ messageIds: [line.id] });
    expect(chatTexts(frames)).not.toContain("广告 加我微信");
  });

  it("counts open streams for every viewer", async () => {
    const { session } = await liveShow();
    const first = await viewer(session.id);
    const second = await viewer(session.id);
    const frames = await readLiveFrames(second.response, (seen) =>
      seen.some((f) => f.event === "viewers" && (f.data as { count: number }).count === 2),
    );
    expect(frames.some((f) => f.event === "viewers")).toBe(true);
    first.abort.abort();
    second.abort.abort();
  });

  it("reaches a viewer connected to another app instance over Redis and over PostgreSQL", async () => {
    const { seller, product, session } = await liveShow({ stock: 10 });
    const notifyPool = new pg.Pool({ connectionString: PG_SERVER_URL, max: 2 });
    const notify = (sql: string, values: unknown[]) => notifyPool.query(sql, values);
    for (const [publisher, viewerBus] of [
      [new RedisBus(REDIS_URL), new RedisBus(REDIS_URL)],
      [new PostgresBus(PG_SERVER_URL, notify), new PostgresBus(PG_SERVER_URL, notify)],
    ] as const) {
      const abort = new AbortController();
      const response = await liveStream(session.id, -1, abort.signal, viewerBus);
      // Filled in once pinned: the stream is read from before the pin, so nothing is missed.
      const awaited: { pinId?: string } = {};
      const reading = readLiveFrames(response, (frames) =>
        frames.some(
          (f) =>
            f.event === "pin" &&
            awaited.pinId !== undefined &&
            (f.data as { id?: string } | null)?.id === awaited.pinId,
        ),
      );
      const pinId = await pinned(seller.id, {
        sessionId: session.id,
        productId: product.id,
        reservedQuantity: 1,
        sessionPriceFen: 900,
      });
      awaited.pinId = pinId;
      // The use case published on this process's bus; the seller's instance publishes the same note.
      await publisher.publish(`live:${session.id}`, { type: "pin", pinId });
      const frames = await reading;
      expect(frames.findLast((f) => f.event === "pin")?.data).toMatchObject({
        id: pinId,
        sessionPriceFen: 900,
      });
      abort.abort();
      closing.push(
        () => publisher.close(),
        () => viewerBus.close(),
      );
    }
    closing.push(() => notifyPool.end());
  });

  it("answers 404 for an unknown show and 400 for an id with odd bytes", async () => {
    const request = (id: string) => new Request(`http://localhost/api/live/${encodeURIComponent(id)}/events`);
    const unknown = await GET(request("nope"), { params: Promise.resolve({ id: "nope" }) });
    expect(unknown.status).toBe(404);
    const odd = await GET(request("\u0000\u001b"), { params: Promise.resolve({ id: "\u0000\u001b" }) });
    expect(odd.status).toBe(400);
  });
});

describe("chat rules", () => {
  it("refuses a flood, a muted viewer, empty or control-character text, the signed out and other sellers", async () => {
    const { seller, session } = await liveShow();
    const flooder = await createBuyer();
    const results = [];
    for (let i = 0; i < 8; i++)
      results.push(await postChat(flooder.id, { sessionId: session.id, text: `刷屏 ${i}` }));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.at(-1)).toMatchObject({ ok: false, error: "throttled" });

    const viewerA = await createBuyer();
    for (const text of ["", "   ", "坏\u0007字", "长".repeat(201)]) {
      expect(await postChat(viewerA.id, { sessionId: session.id, text })).toMatchObject({
        ok: false,
        error: "invalid_input",
      });
    }
    expect(await postChat(null, { sessionId: session.id, text: "你好" })).toMatchObject({
      ok: false,
      error: "not_signed_in",
    });
    const otherSeller = (await createShop()).owner;
    expect(await postChat(otherSeller.id, { sessionId: session.id, text: "来我店" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });

    const line = await postChat(viewerA.id, { sessionId: session.id, text: "有优惠吗" });
    if (!line.ok) throw new Error(line.error);
    // Only this show's seller moderates it.
    expect(await muteViewer(otherSeller.id, { messageId: line.data.id })).toMatchObject({
      error: "not_found",
    });
    expect(await muteViewer(viewerA.id, { messageId: line.data.id })).toMatchObject({ error: "forbidden" });
    expect(await removeChatMessage(null, { messageId: line.data.id })).toMatchObject({
      error: "not_signed_in",
    });
    expect(await removeChatMessage(seller.id, { messageId: "\u0000" })).toMatchObject({
      error: "invalid_input",
    });
    expect(
      (await db.liveChatMessage.findUniqueOrThrow({ where: { id: line.data.id } })).removedAt,
    ).toBeNull();

    expect(await muteViewer(seller.id, { messageId: line.data.id })).toEqual({ ok: true });
    expect(await postChat(viewerA.id, { sessionId: session.id, text: "还能说吗" })).toMatchObject({
      ok: false,
      error: "muted",
    });
    // The seller herself is never throttled out of answering by a mute, and her lines are marked.
    expect(await postChat(seller.id, { sessionId: session.id, text: "欢迎大家" })).toMatchObject({
      ok: true,
      data: { fromSeller: true },
    });
    const ended = await liveShow({ status: "ENDED" });
    expect(await postChat(viewerA.id, { sessionId: ended.session.id, text: "晚了" })).toMatchObject({
      error: "not_live",
    });
  });

  it("adds likes in batches, throttled per viewer", async () => {
    const { session } = await liveShow();
    const fan = await createBuyer();
    expect(await likeSession(fan.id, { sessionId: session.id, taps: 7 })).toEqual({
      ok: true,
      data: { count: 7 },
    });
    expect(await likeSession(fan.id, { sessionId: session.id, taps: 500 })).toMatchObject({
      error: "invalid_input",
    });
    expect(await likeSession(null, { sessionId: session.id })).toMatchObject({ error: "not_signed_in" });
    const results = [];
    for (let i = 0; i < 12; i++) results.push(await likeSession(fan.id, { sessionId: session.id }));
    expect(results.some((r) => !r.ok && r.error === "throttled")).toBe(true);
    const { likeCount } = await db.liveSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(likeCount).toBe(7 + results.filter((r) => r.ok).length);
  });
});
