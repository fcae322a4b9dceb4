// Builders for the live-session tests: a scheduled show of a shop's product, nginx-rtmp's callbacks.
import { POST as publish } from "@/app/api/internal/live/publish/route";
import { POST as publishDone } from "@/app/api/internal/live/publish-done/route";
import { db } from "@/lib/db/client";
import { mediaCallbackToken } from "@/lib/live/media/callback-token";
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
