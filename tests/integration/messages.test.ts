import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as postMessageRoute } from "@/app/api/conversations/[id]/messages/route";
import { POST as postRead } from "@/app/api/conversations/[id]/read/route";
import { POST as openRoute } from "@/app/api/conversations/route";
import { GET as getAttachment } from "@/app/api/messages/attachments/[id]/route";
import { db } from "@/lib/db/client";
import { reportConversation, setBlocked } from "@/lib/messages/moderation";
import { openConversation } from "@/lib/messages/open";
import { getConversation, listConversations, unreadCount } from "@/lib/messages/read";
import { createShop, createUser } from "../support/factories";
import { buyerAndShop, openedConversation } from "../support/message-factories";
import { fileOf, photoFile } from "../support/seller-factories";

// Route handlers ask next-auth who is calling; here the test says who.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ sessionUserId: async () => session.userId }));

const WEBM = new Uint8Array(readFileSync(new URL("../fixtures/voice.webm", import.meta.url)));

function sendAs(userId: string | null, conversationId: string, fields: Record<string, string | Blob>) {
  session.userId = userId;
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.set(key, value);
  const request = new Request(`http://localhost/api/conversations/${conversationId}/messages`, {
    method: "POST",
    body,
  });
  return postMessageRoute(request, { params: Promise.resolve({ id: conversationId }) });
}

function fetchAttachment(userId: string | null, id: string) {
  session.userId = userId;
  return getAttachment(new Request(`http://localhost/api/messages/attachments/${id}`), {
    params: Promise.resolve({ id }),
  });
}

beforeEach(() => {
  session.userId = null;
});

describe("opening a conversation", () => {
  it("attaches the product as a card once, and the shop sees the buyer's question", async () => {
    const { buyer, seller, product, conversationId } = await openedConversation();
    const again = await openConversation(buyer.id, { productId: product.id });
    expect(again).toEqual({ ok: true, data: { conversationId } });

    const view = await getConversation(buyer.id, conversationId);
    expect(view?.messages.map((message) => [message.kind, message.product?.id])).toEqual([
      ["PRODUCT", product.id],
    ]);
    const response = await sendAs(buyer.id, conversationId, { kind: "text", text: "  还有货吗？ " });
    expect(response.status).toBe(200);

    const inbox = await listConversations(seller.id);
    expect(inbox?.conversations).toEqual([
      expect.objectContaining({
        id: conversationId,
        unread: 2,
        last: expect.objectContaining({ text: "还有货吗？" }),
      }),
    ]);
    expect(await unreadCount(seller.id)).toBe(2);
    expect(await unreadCount(buyer.id)).toBe(0);
  });

  it("from the plain form: 303 to the conversation, or to sign in and back, and 400 when malformed", async () => {
    const { buyer, product } = await buyerAndShop();
    const form = (fields: Record<string, string>) => {
      const body = new FormData();
      for (const [key, value] of Object.entries(fields)) body.set(key, value);
      return new Request("http://localhost/api/conversations", { method: "POST", body });
    };
    session.userId = buyer.id;
    const opened = await openRoute(form({ productId: product.id, locale: "en" }));
    expect(opened.status).toBe(303);
    // A path, resolved by the browser against the host it asked (behind the nginx front, the route's
    // own request URL names Next's loopback address).
    expect(opened.headers.get("location")).toMatch(/^\/en\/messages\/[a-z0-9]+$/);
    expect((await openRoute(form({ productId: "x".repeat(41) }))).status).toBe(400);
    session.userId = null;
    const signedOut = await openRoute(form({ productId: product.id, returnTo: `/zh-CN/p/${product.id}` }));
    expect(signedOut.headers.get("location")).toBe(
      `/signin?callbackUrl=${encodeURIComponent(`/zh-CN/p/${product.id}`)}`,
    );
  });

  it("only opens with an open shop, a visible product or the buyer's own order", async () => {
    const { buyer, seller, product } = await buyerAndShop();
    const otherBuyer = await createUser("BUYER");
    const suspended = await createShop({ status: "SUSPENDED" });
    expect(await openConversation(seller.id, { productId: product.id })).toMatchObject({
      error: "forbidden",
    });
    expect(await openConversation(buyer.id, { shopSlug: suspended.shop.slug })).toMatchObject({
      error: "not_found",
    });
    expect(await openConversation(buyer.id, { orderId: "nope" })).toMatchObject({ error: "not_found" });
    expect(await openConversation(otherBuyer.id, {})).toMatchObject({ ok: false, error: "invalid_input" });
    expect(await openConversation(buyer.id, { productId: ["x"] })).toMatchObject({ error: "invalid_input" });
  });
});

describe("who may read a conversation", () => {
  it("refuses a third buyer, another shop's seller and an admin the conversation, its voice and its photos", async () => {
    const { buyer, seller, conversationId } = await openedConversation();
    const voice = await (
      await sendAs(buyer.id, conversationId, { kind: "voice", file: fileOf(WEBM, "v.webm", "audio/webm") })
    ).json();
    const photo = await (
      await sendAs(seller.id, conversationId, { kind: "photo", file: await photoFile() })
    ).json();
    expect(voice.ok && photo.ok).toBe(true);

    const strangers = [
      await createUser("BUYER"),
      (await createShop()).owner,
      await createUser("ADMIN", {
        villageId: (await db.shop.findFirstOrThrow({ where: { ownerId: seller.id } })).villageId,
      }),
    ];
    for (const stranger of strangers) {
      expect(await getConversation(stranger.id, conversationId)).toBeNull();
      expect((await fetchAttachment(stranger.id, voice.data.attachment.id)).status).toBe(404);
      expect((await fetchAttachment(stranger.id, photo.data.attachment.id)).status).toBe(404);
      const sent = await sendAs(stranger.id, conversationId, { kind: "text", text: "hello" });
      expect([403, 404]).toContain(sent.status);
    }
    expect((await fetchAttachment(null, voice.data.attachment.id)).status).toBe(404);
    const theirs = await fetchAttachment(seller.id, voice.data.attachment.id);
    expect(theirs.status).toBe(200);
    expect(theirs.headers.get("content-type")).toBe("audio/mp4");
    expect(theirs.headers.get("cache-control")).toContain("private");
    expect((await fetchAttachment(buyer.id, photo.data.attachment.id)).headers.get("content-type")).toBe(
      "image/webp",
    );
    expect(await db.message.count({ where: { conversationId } })).toBe(3);
  });
});

describe("a reported conversation", () => {
  it("opens to the admins of the shop's village, to read only, and to no other village's", async () => {
    const { buyer, seller, villageId, conversationId } = await openedConversation();
    const voice = await (
      await sendAs(buyer.id, conversationId, { kind: "voice", file: fileOf(WEBM, "v.webm", "audio/webm") })
    ).json();
    const admin = await createUser("ADMIN", { villageId });
    const elsewhere = await createUser("ADMIN", { villageId: (await createShop()).villageId });
    expect(await getConversation(admin.id, conversationId)).toBeNull();

    expect(await reportConversation(seller.id, conversationId, { reason: "骚扰" })).toEqual({ ok: true });
    expect((await getConversation(admin.id, conversationId))?.messages).toHaveLength(2);
    expect((await fetchAttachment(admin.id, voice.data.attachment.id)).status).toBe(200);
    expect((await sendAs(admin.id, conversationId, { kind: "text", text: "admin here" })).status).toBe(404);
    expect(await getConversation(elsewhere.id, conversationId)).toBeNull();
    expect((await fetchAttachment(elsewhere.id, voice.data.attachment.id)).status).toBe(404);
  });
});

describe("voice messages", () => {
  it("are transcoded to AAC and kept with the length measured from the file", async () => {
    const { buyer, seller, conversationId } = await openedConversation();
    const response = await sendAs(buyer.id, conversationId, {
      kind: "voice",
      file: fileOf(WEBM, "v.webm", "audio/webm"),
    });
    const result = await response.json();
    expect(result.data.attachment.mimeType).toBe("audio/mp4");
    // The fixture is a two-second spoken recording.
    expect(result.data.attachment.durationMs).toBeGreaterThan(1500);
    expect(result.data.attachment.durationMs).toBeLessThan(2600);
    const audio = await fetchAttachment(seller.id, result.data.attachment.id);
    const bytes = new Uint8Array(await audio.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(4, 8))).toBe("ftyp");

    session.userId = seller.id;
    const part = await getAttachment(
      new Request("http://localhost/x", { headers: { range: "bytes=0-99" } }),
      { params: Promise.resolve({ id: result.data.attachment.id }) },
    );
    expect(part.status).toBe(206);
    expect((await part.arrayBuffer()).byteLength).toBe(100);
  });

  it("refuses a file that is not audio, one over 2 MB and one that is not there", async () => {
    const { buyer, conversationId } = await openedConversation();
    const text = fileOf(new TextEncoder().encode("not a recording at all"), "voice.webm", "audio/webm");
    const notAudio = await sendAs(buyer.id, conversationId, { kind: "voice", file: text });
    expect(notAudio.status).toBe(400);
    expect(await notAudio.json()).toMatchObject({ ok: false, error: "voice_not_audio" });

    const large = new Uint8Array(2 * 1024 * 1024 + 1);
    large.set(WEBM.subarray(0, 4));
    const tooLarge = await sendAs(buyer.id, conversationId, {
      kind: "voice",
      file: fileOf(large, "v.webm", "audio/webm"),
    });
    expect(tooLarge.status).toBe(413);

    const missing = await sendAs(buyer.id, conversationId, { kind: "voice" });
    expect(missing.status).toBe(400);
    expect(await db.message.count({ where: { conversationId, kind: "VOICE" } })).toBe(0);
  });
});

describe("sending", () => {
  it("answers 400 to malformed input and 404 to a conversation that is not there", async () => {
    const { buyer, conversationId } = await openedConversation();
    for (const fields of [
      {},
      { kind: "video" },
      { kind: "text", text: "   " },
      { kind: "text", text: "a\u0000b" },
    ] as Record<string, string>[]) {
      expect((await sendAs(buyer.id, conversationId, fields)).status).toBe(400);
    }
    expect((await sendAs(buyer.id, conversationId, { kind: "text", text: "x".repeat(1001) })).status).toBe(
      400,
    );
    session.userId = buyer.id;
    const notForm = new Request(`http://localhost/api/conversations/${conversationId}/messages`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=nothing" },
      body: "garbage",
    });
    expect(
      (await postMessageRoute(notForm, { params: Promise.resolve({ id: conversationId }) })).status,
    ).toBe(400);
    const badRead = new Request("http://localhost/x", { method: "POST", body: "{not json" });
    expect((await postRead(badRead, { params: Promise.resolve({ id: conversationId }) })).status).toBe(400);
    expect((await sendAs(buyer.id, "no-such-conversation", { kind: "text", text: "hi" })).status).toBe(404);
    expect((await sendAs(null, conversationId, { kind: "text", text: "hi" })).status).toBe(401);
    const foreign = new Request(`http://localhost/api/conversations/${conversationId}/messages`, {
      method: "POST",
      headers: { origin: "https://evil.example", host: "localhost" },
      body: new FormData(),
    });
    expect(
      (await postMessageRoute(foreign, { params: Promise.resolve({ id: conversationId }) })).status,
    ).toBe(403);
  });

  it("stops a side that sends too fast (30 a minute)", async () => {
    const { buyer, conversationId } = await openedConversation();
    const statuses: number[] = [];
    for (let index = 0; index < 31; index++) {
      statuses.push((await sendAs(buyer.id, conversationId, { kind: "text", text: `第${index}条` })).status);
    }
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it("is closed to both sides while one side blocks, and only that side can unblock", async () => {
    const { buyer, seller, conversationId } = await openedConversation();
    expect(await setBlocked(seller.id, conversationId, true)).toEqual({ ok: true });
    expect((await sendAs(buyer.id, conversationId, { kind: "text", text: "hello?" })).status).toBe(409);
    await setBlocked(buyer.id, conversationId, false);
    expect((await sendAs(seller.id, conversationId, { kind: "text", text: "hi" })).status).toBe(409);
    await setBlocked(seller.id, conversationId, false);
    expect((await sendAs(buyer.id, conversationId, { kind: "text", text: "hello" })).status).toBe(200);
  });

  it("marks read up to a message, and the unread count follows", async () => {
    const { buyer, seller, conversationId } = await openedConversation();
    const sent = await (await sendAs(seller.id, conversationId, { kind: "text", text: "有货" })).json();
    expect(await unreadCount(buyer.id)).toBe(1);
    session.userId = buyer.id;
    const read = await postRead(
      new Request("http://localhost/x", { method: "POST", body: JSON.stringify({ seq: sent.data.seq }) }),
      { params: Promise.resolve({ id: conversationId }) },
    );
    expect(await read.json()).toEqual({ ok: true, data: { unread: 0 } });
  });
});
