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
