// Builders for the live tests: a scheduled show and nginx-rtmp's callbacks (the video pipeline), and
// a show made straight in the database as LIVE (selling during the show, no video needed).
import { randomBytes } from "node:crypto";
import { POST as publish } from "@/app/api/internal/live/publish/route";
import { POST as publishDone } from "@/app/api/internal/live/publish-done/route";
import { db } from "@/lib/db/client";
import type { LiveSessionStatus } from "@/lib/generated/prisma/client";
import { mediaCallbackToken } from "@/lib/live/media/callback-token";
import { pinProduct } from "@/lib/live/pins/pin";
import { scheduleSession } from "@/lib/live/sessions/schedule";
import { PEER_ADDRESS_HEADER } from "@/lib/security/peer-address";
import { createProduct, createShop } from "./factories";

export async function scheduledShow(options: { stock?: number } = {}) {
  const { shop, owner } = await createShop();
  const product = await createProduct(shop.id, { stock: options.stock ?? 10 });
  const result = await scheduleSession(owner.id, {
    title: "今晚绿松石直播",
    scheduledAt: new Date(Date.now() + 3600_000),
    productIds: [product.id],
  });
  if (!result.ok) throw new Error(`scheduling failed: ${result.error}`);
  return { shop, owner, product, ...result.data };
}

/** What nginx-rtmp posts (form-encoded), from loopback, with the callback token unless told otherwise. */
export function callbackRequest(
  path: string,
  body: string | Record<string, string>,
  options: { token?: string | null; peer?: string } = {},
) {
  const token =
    options.token === undefined ? mediaCallbackToken(process.env.NEXTAUTH_SECRET ?? "") : options.token;
  const url = `http://127.0.0.1:3000${path}${token === null ? "" : `?token=${token}`}`;
  return new Request(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      [PEER_ADDRESS_HEADER]: options.peer ?? "127.0.0.1",
    },
    body: typeof body === "string" ? body : new URLSearchParams(body).toString(),
  });
}

export const publishWith = (name: string, app = "live") =>
  publish(callbackRequest("/api/internal/live/publish", { call: "publish", app, name, type: "live" }));

export const unpublishWith = (name: string) =>
  publishDone(
    callbackRequest("/api/internal/live/publish-done", { call: "publish_done", app: "live", name }),
  );

/** A pin as selling during the show makes it: reserved units taken from the product's stock. */
export async function pinReserved(sessionId: string, productId: string, reserved: number, sold = 0) {
  await db.product.update({ where: { id: productId }, data: { stock: { decrement: reserved } } });
  return db.livePin.create({
    data: { sessionId, productId, sessionPriceFen: 5_000, reservedQuantity: reserved, soldQuantity: sold },
  });
}

export const statusOf = (sessionId: string) =>
  db.liveSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { status: true, startedAt: true, endedAt: true },
  });

export async function liveShow(
  options: { stock?: number; priceFen?: number; status?: LiveSessionStatus } = {},
) {
  const { shop, owner: seller } = await createShop();
  const product = await createProduct(shop.id, {
    stock: options.stock ?? 50,
    priceFen: options.priceFen ?? 20_000,
  });
  const session = await db.liveSession.create({
    data: {
      shopId: shop.id,
      title: "今晚绿松石专场",
      scheduledAt: new Date(),
      status: options.status ?? "LIVE",
      startedAt: new Date(),
      streamKeyHash: randomBytes(16).toString("hex"),
      products: { create: [{ productId: product.id, sortOrder: 0 }] },
    },
  });
  return { shop, seller, product, session };
}

/** Pins through the use case the console calls; fails the test when refused. */
export async function pinned(
  sellerId: string,
  input: {
    sessionId: string;
    productId: string;
    reservedQuantity: number;
    sessionPriceFen: number;
    perBuyerLimit?: number;
    countdownSeconds?: number;
  },
) {
  const result = await pinProduct(sellerId, input);
  if (!result.ok) throw new Error(`pin refused: ${result.error}`);
  return result.data.pinId;
}

export function pinRow(pinId: string) {
  return db.livePin.findUniqueOrThrow({ where: { id: pinId } });
}

export type LiveFrame = { event: string; id: string | null; data: unknown };

/**
 * Reads a live show's event stream frame by frame until `done` says it has seen enough (the test's
 * own timeout bounds the wait). Returns every frame read, in order.
 */
export async function readLiveFrames(response: Response, done: (frames: LiveFrame[]) => boolean) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const frames: LiveFrame[] = [];
  while (!done(frames)) {
    const { value, done: ended } = await reader.read();
    if (ended) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const lines = buffer.slice(0, end).split("\n");
      buffer = buffer.slice(end + 2);
      const event = lines.find((line) => line.startsWith("event: "))?.slice(7);
      const data = lines.find((line) => line.startsWith("data: "))?.slice(6);
      if (event && data !== undefined) {
        const id = lines.find((line) => line.startsWith("id: "))?.slice(4) ?? null;
        frames.push({ event, id, data: JSON.parse(data) });
      }
      end = buffer.indexOf("\n\n");
    }
  }
  await reader.cancel();
  return frames;
}
