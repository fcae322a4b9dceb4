import "server-only";
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { statementName } from "@/lib/db/statement-name";
import { commissionSplit } from "@/lib/money";
import type { AddressInput } from "./address";

// Checkout's statements, written in SQL on one pooled connection: three statements a checkout, each
// a named statement that PostgreSQL plans once per connection (planning them cost more than running
// them). See scripts/bench-checkout.ts for what this buys.

/** A cart line as checkout reads it; `reserved` says whether its stock was taken. */
export type CartLine = {
  productId: string;
  quantity: number;
  titleZh: string;
  titleEn: string;
  priceFen: number;
  available: boolean;
  reserved: boolean;
  /** Stock before this checkout took its share. */
  stock: number;
  shopId: string;
  commissionBps: number;
  /** Bought from a live show's pinned card: checkout takes it from the pin (lib/live/pins), not from stock. */
  livePinId: string | null;
};

/**
 * Locks the buyer's cart lines and their products in product order, and takes each line's quantity
 * off stock where the product is on sale and enough is left, in one statement (a line from a live
 * pin is left for the pin's reserved units: `reserved` false until lib/live/pins takes them). Two checkouts of one
 * cart (two tabs, a double tap) take turns here and the second finds the lines gone; two carts
 * sharing products lock them in the same order, so they cannot deadlock. A line not reserved makes
 * the caller roll everything back.
 */
export async function lockAndReserve(client: pg.PoolClient, buyerId: string): Promise<CartLine[]> {
  const { rows } = await client.query<CartLine>({
    name: statementName(client, "checkout-lock-and-reserve"),
    text: `
      WITH lines AS (
        SELECT ci."productId", ci."quantity", p."titleZh", p."titleEn", p."priceFen",
               (p."status" = 'ACTIVE' AND s."status" = 'ACTIVE') AS "available",
               p."stock", s."id" AS "shopId", v."commissionBps", ci."livePinId"
        FROM "CartItem" ci
        JOIN "Cart" c ON c."id" = ci."cartId"
        JOIN "Product" p ON p."id" = ci."productId"
        JOIN "Shop" s ON s."id" = p."shopId"
        JOIN "Village" v ON v."id" = s."villageId"
        WHERE c."userId" = $1
        ORDER BY ci."productId"
        FOR UPDATE OF ci, p
      ), reserved AS (
        UPDATE "Product" p SET "stock" = p."stock" - l."quantity"
        FROM lines l
        WHERE p."id" = l."productId" AND l."available" AND l."stock" >= l."quantity"
          AND l."livePinId" IS NULL
        RETURNING p."id"
      )
      SELECT l."productId", l."quantity", l."titleZh", l."titleEn", l."priceFen", l."available",
             (r."id" IS NOT NULL) AS "reserved", l."stock", l."shopId", l."commissionBps",
             l."livePinId"
      FROM lines l LEFT JOIN reserved r ON r."id" = l."productId"
      ORDER BY l."productId"`,
    values: [buyerId],
  });
  return rows;
}

export type NewOrder = { id: string; number: string; totalFen: number; expiresAt: Date; paymentId: string };

/**
 * Writes the order, a shop order per shop (with its commission split), the items with title and
 * price copied, and the order's payment record, and takes the lines out of the cart: one statement.
 * Foreign keys are checked at its end, when every row is in.
 */
export async function insertOrder(
  client: pg.PoolClient,
  input: {
    buyerId: string;
    number: string;
    address: AddressInput;
    lines: CartLine[];
    provider: string;
    expiresAt: Date;
  },
): Promise<NewOrder> {
  const orderId = randomUUID();
  const paymentId = randomUUID();
  const shopOrderIds = new Map<string, string>();
  for (const line of input.lines)
    if (!shopOrderIds.has(line.shopId)) shopOrderIds.set(line.shopId, randomUUID());
  const shops = [...shopOrderIds].map(([shopId, id]) => {
    const shopLines = input.lines.filter((l) => l.shopId === shopId);
    const subtotalFen = shopLines.reduce((sum, l) => sum + l.priceFen * l.quantity, 0);
    return { id, shopId, subtotalFen, ...commissionSplit(subtotalFen, shopLines[0]?.commissionBps ?? 0) };
  });
  const totalFen = shops.reduce((sum, s) => sum + s.subtotalFen, 0);
  const items = input.lines.map((l) => ({
    ...l,
    id: randomUUID(),
    shopOrderId: shopOrderIds.get(l.shopId) ?? "",
  }));
  const a = input.address;
  await client.query({
    name: statementName(client, "checkout-insert-order"),
    text: `
      WITH new_order AS (
        INSERT INTO "Order" ("id", "number", "buyerId", "totalFen", "recipientName", "recipientPhone",
                             "province", "city", "addressLine", "postalCode", "expiresAt")
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
      ), shop_orders AS (
        INSERT INTO "ShopOrder" ("id", "orderId", "shopId", "subtotalFen", "commissionFen", "payoutFen")
        SELECT id, $1, shop, subtotal, commission, payout
        FROM unnest($12::text[], $13::text[], $14::int[], $15::int[], $16::int[]) AS u(id, shop, subtotal, commission, payout)
      ), items AS (
        INSERT INTO "OrderItem" ("id", "shopOrderId", "productId", "titleZh", "titleEn", "unitPriceFen", "quantity", "lineTotalFen", "livePinId")
        SELECT id, shop_order, product, title_zh, title_en, price, quantity, price * quantity, live_pin
        FROM unnest($17::text[], $18::text[], $19::text[], $20::text[], $21::text[], $22::int[], $23::int[], $26::text[])
             AS u(id, shop_order, product, title_zh, title_en, price, quantity, live_pin)
      ), payment AS (
        INSERT INTO "Payment" ("id", "orderId", "provider", "amountFen", "expiresAt", "updatedAt")
        VALUES ($24, $1, $25, $4, $11, now())
      )
      DELETE FROM "CartItem" ci USING "Cart" c
      WHERE c."id" = ci."cartId" AND c."userId" = $3 AND ci."productId" = ANY($19::text[])`,
    values: [
      orderId,
      input.number,
      input.buyerId,
      totalFen,
      a.recipientName,
      a.recipientPhone,
      a.province,
      a.city,
      a.addressLine,
      a.postalCode,
      input.expiresAt,
      shops.map((s) => s.id),
      shops.map((s) => s.shopId),
      shops.map((s) => s.subtotalFen),
      shops.map((s) => s.commissionFen),
      shops.map((s) => s.payoutFen),
      items.map((i) => i.id),
      items.map((i) => i.shopOrderId),
      items.map((i) => i.productId),
      items.map((i) => i.titleZh),
      items.map((i) => i.titleEn),
      items.map((i) => i.priceFen),
      items.map((i) => i.quantity),
      paymentId,
      input.provider,
      items.map((i) => i.livePinId),
    ],
  });
  return { id: orderId, number: input.number, totalFen, expiresAt: input.expiresAt, paymentId };
}
