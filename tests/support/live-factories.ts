// Builders for the live-selling tests: a shop's show made straight in the database (status LIVE, no
// video needed), and its products.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { LiveSessionStatus } from "@/lib/generated/prisma/client";
import { pinProduct } from "@/lib/live/pins/pin";
import { createProduct, createShop } from "./factories";

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
