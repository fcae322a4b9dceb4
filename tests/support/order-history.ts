// Random order histories for the rollup property test: each step changes the order rows the way one
// of the app's writers does (the same statements: settle marks every parcel of an order paid in one
// update, a refund raises item quantities one by one and then the parcel's total), drawn from a
// seeded generator so a failure replays exactly.
import { db, type Tx } from "@/lib/db/client";
import { splitFen } from "@/lib/money";
import { callOffUnpaidOrder } from "@/lib/orders/give-back";
import { unique } from "./factories";

/** mulberry32: small, seeded, the same on every machine. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  return { next, int, pick };
}
export type Random = ReturnType<typeof seededRandom>;

export type World = {
  buyerIds: string[];
  /** Shops with their products; some shops may be of another village. */
  shops: { id: string; productIds: string[] }[];
  categoryIds: string[];
};

// Instants on both sides of Beijing midnights and month ends (paidAt is UTC; Beijing is UTC+8).
const PAID_INSTANTS = [
  "2025-01-31T15:59:59.999Z", // 31 Jan 23:59:59.999 in Beijing
  "2025-01-31T16:00:00.000Z", // 1 Feb 00:00 in Beijing
  "2025-02-14T04:00:00.000Z",
  "2025-02-28T16:00:00.000Z", // 1 Mar 00:00
  "2025-03-01T03:30:00.000Z",
  "2025-11-10T16:30:00.000Z", // Double 11
  "2025-12-31T16:00:00.000Z", // 1 Jan 2026
].map((iso) => new Date(iso));

// Shipped after payment: on both sides of the half hours the courier board rounds at, and far enough
// to cross a Beijing midnight or a month end from the instants above.
const SHIPPING_MINUTES = [0, 29, 30, 31, 89, 90, 150, 23 * 60 + 59, 3 * 24 * 60];
const COURIERS = ["SF", "JD", "EMS"] as const;

function shipment(random: Random, paidAt: Date) {
  return {
    courier: random.pick(COURIERS),
    trackingNumber: "T1",
    shippedAt: new Date(paidAt.getTime() + random.pick(SHIPPING_MINUTES) * 60_000),
  };
}

async function createOrder(world: World, random: Random, paid: boolean) {
  const shops = [...world.shops].sort(() => random.next() - 0.5).slice(0, random.int(1, 3));
  const status = paid ? random.pick(["PAID", "SHIPPED", "DELIVERED"] as const) : "PENDING_PAYMENT";
  const paidAt = paid ? random.pick(PAID_INSTANTS) : null;
  const parcels = shops.map((shop) => {
    const items = Array.from({ length: random.int(1, 3) }, () => {
      const unitPriceFen = random.int(1, 500) * 100;
      const quantity = random.int(1, 4);
      return { productId: random.pick(shop.productIds), unitPriceFen, quantity };
    });
    return { shop, items, subtotalFen: items.reduce((sum, i) => sum + i.unitPriceFen * i.quantity, 0) };
  });
  await db.order.create({
    data: {
      number: unique("XY"),
      buyerId: random.pick(world.buyerIds),
      status: paid ? "PAID" : "PENDING_PAYMENT",
      totalFen: parcels.reduce((sum, p) => sum + p.subtotalFen, 0),
      recipientName: "收件人",
      recipientPhone: "13800000000",
      province: "湖北省",
      city: "十堰市",
      addressLine: "下营村",
      paidAt,
      shopOrders: {
        create: parcels.map((p) => ({
          shopId: p.shop.id,
          status,
          subtotalFen: p.subtotalFen,
          // A 5% commission, as checkout splits it (commission + payout = subtotal).
          commissionFen: Math.floor(p.subtotalFen / 20),
          payoutFen: p.subtotalFen - Math.floor(p.subtotalFen / 20),
          paidAt,
          ...(paidAt && status !== "PAID" && shipment(random, paidAt)),
          items: {
            create: p.items.map((i) => ({
              ...i,
              titleZh: "商品",
              titleEn: "Item",
              lineTotalFen: i.unitPriceFen * i.quantity,
            })),
          },
        })),
      },
    },
  });
}

const UNPAID_ORDERS = `SELECT DISTINCT o."id" FROM "Order" o JOIN "ShopOrder" so ON so."orderId" = o."id"
  WHERE o."status" = 'PENDING_PAYMENT' AND so."shopId" = ANY($1)`;

async function pay(tx: Tx, world: World, random: Random) {
  const order = await randomRow(tx, world, random, UNPAID_ORDERS);
  if (!order) return;
  const paidAt = random.pick(PAID_INSTANTS);
  await tx.order.update({ where: { id: order }, data: { status: "PAID", paidAt } });
  await tx.shopOrder.updateMany({
    where: { orderId: order, status: "PENDING_PAYMENT" },
    data: { status: "PAID", paidAt },
  });
  // Settling releases every parcel's payout in one statement (lib/payments/payouts.ts).
  const parcels = await tx.shopOrder.findMany({ where: { orderId: order } });
  await tx.payout.createMany({
    data: parcels.map((so) => ({ shopOrderId: so.id, shopId: so.shopId, amountFen: so.payoutFen })),
  });
}

async function refund(tx: Tx, world: World, random: Random, whole: boolean) {
  const shopOrderId = await randomRow(
    tx,
    world,
    random,
    `SELECT "id" FROM "ShopOrder" WHERE "status" IN ('PAID', 'SHIPPED', 'DELIVERED') AND "shopId" = ANY($1)`,
  );
  if (!shopOrderId) return;
  const so = await tx.shopOrder.findUniqueOrThrow({ where: { id: shopOrderId }, include: { items: true } });
  const open = so.items.filter((item) => item.refundedQuantity < item.quantity);
  const lines = whole
    ? open.map((item) => ({ item, quantity: item.quantity - item.refundedQuantity }))
    : [random.pick(open)].map((item) => ({
        item,
        quantity: random.int(1, item.quantity - item.refundedQuantity),
      }));
  let amountFen = 0;
  for (const { item, quantity } of lines) {
    await tx.$executeRaw`UPDATE "OrderItem" SET "refundedQuantity" = "refundedQuantity" + ${quantity} WHERE "id" = ${item.id}`;
    amountFen += item.unitPriceFen * quantity;
  }
  // As lib/payments/refunds.ts records it: the commission's share, the payout's part taken off
  // what is still to be sent, or marked for reversal once it was sent.
  const refundedFen = so.refundedFen + amountFen;
  const [, refundedCommissionFen = 0] = splitFen(refundedFen, [so.payoutFen, so.commissionFen]);
  const commissionFen = refundedCommissionFen - so.refundedCommissionFen;
  const payoutFen = amountFen - commissionFen;
  await tx.shopOrder.update({
    where: { id: so.id },
    data: {
      refundedFen,
      refundedCommissionFen,
      ...(refundedFen === so.subtotalFen && { status: "REFUNDED" }),
    },
  });
  const payout = await tx.payout.findUnique({
    where: { shopOrderId: so.id },
    select: { id: true, status: true },
  });
  if (payout)
    await tx.payout.update({ where: { id: payout.id }, data: { refundedFen: { increment: payoutFen } } });
  await tx.refund.create({
    data: {
      shopOrderId: so.id,
      amountFen,
      commissionFen,
      payoutFen,
      reversalFen: payout?.status === "TRANSFERRED" ? payoutFen : 0,
      lines: lines.map(({ item, quantity }) => ({ orderItemId: item.id, quantity })),
      requestedById: world.buyerIds[0] ?? "",
    },
  });
}

/** Releases a paid parcel's payout (lib/payments/payouts.ts), less what was refunded before. */
async function release(tx: Tx, world: World, random: Random) {
  const id = await randomRow(
    tx,
    world,
    random,
    `SELECT so."id" FROM "ShopOrder" so LEFT JOIN "Payout" p ON p."shopOrderId" = so."id"
     WHERE so."status" IN ('PAID', 'SHIPPED', 'DELIVERED') AND p."id" IS NULL AND so."shopId" = ANY($1)`,
  );
  if (!id) return;
  const so = await tx.shopOrder.findUniqueOrThrow({ where: { id } });
  await tx.payout.create({
    data: {
      shopOrderId: id,
      shopId: so.shopId,
      amountFen: so.payoutFen,
      refundedFen: so.refundedFen - so.refundedCommissionFen,
    },
  });
}

/** Sends a released payout: what is left of it after refunds. */
async function transfer(tx: Tx, world: World, random: Random) {
  const id = await randomRow(
    tx,
    world,
    random,
    `SELECT "id" FROM "Payout" WHERE "status" = 'ACCRUED' AND "shopId" = ANY($1)`,
  );
  if (!id) return;
  const payout = await tx.payout.findUniqueOrThrow({ where: { id } });
  await tx.payout.update({
    where: { id },
    data: {
      status: "TRANSFERRED",
      transferRef: `tr_${id}`,
      transferredFen: payout.amountFen - payout.refundedFen,
      transferredAt: new Date(),
    },
  });
}

/** The provider reverses a refunded part of a sent payout (lib/payments/refund-sync.ts). */
async function reverse(tx: Tx, world: World, random: Random) {
  const id = await randomRow(
    tx,
    world,
    random,
    `SELECT r."id" FROM "Refund" r JOIN "ShopOrder" so ON so."id" = r."shopOrderId"
     WHERE r."reversalFen" > 0 AND r."reversalRef" IS NULL AND so."shopId" = ANY($1)`,
  );
  if (id) await tx.refund.update({ where: { id }, data: { reversalRef: `rv_${id}` } });
}

async function advance(
  tx: Tx,
  world: World,
  random: Random,
  from: "PAID" | "SHIPPED",
  to: "SHIPPED" | "DELIVERED",
) {
  const sql = `SELECT "id" FROM "ShopOrder" WHERE "status" = '${from}' AND "shopId" = ANY($1)`;
  const id = await randomRow(tx, world, random, sql);
  if (!id) return;
  if (to === "DELIVERED") {
    await tx.shopOrder.updateMany({ where: { id, status: from }, data: { status: to } });
    return;
  }
  // As lib/seller/ship.ts ships: status, courier and shippedAt in one update.
  const parcel = await tx.shopOrder.findUniqueOrThrow({ where: { id }, select: { paidAt: true } });
  if (!parcel.paidAt) return;
  await tx.shopOrder.updateMany({
    where: { id, status: from },
    data: { status: to, ...shipment(random, parcel.paidAt) },
  });
}

async function callOff(tx: Tx, world: World, random: Random) {
  const order = await randomRow(tx, world, random, UNPAID_ORDERS);
  if (order) await callOffUnpaidOrder(tx, order, random.pick(["BUYER", "EXPIRED"] as const));
}

// Status changes dated on both sides of the cut-offs the rollup test counts active shops at, some
// long before (a shop open since), some inside the three months before them.
const STATUS_INSTANTS = [
  "2024-06-01T01:00:00.000Z",
  "2024-12-20T04:00:00.000Z",
  "2025-01-31T15:59:59.999Z",
  "2025-02-10T02:00:00.000Z",
  "2025-10-01T16:00:00.000Z",
].map((iso) => new Date(iso));

/** An admin suspends or reopens a shop (lib/shops/moderate.ts records it), dated as history. */
async function changeStatus(tx: Tx, world: World, random: Random) {
  await tx.shopStatusChange.create({
    data: {
      shopId: random.pick(world.shops).id,
      toStatus: random.pick(["ACTIVE", "SUSPENDED"] as const),
      at: random.pick(STATUS_INSTANTS),
    },
  });
}

async function recategorise(tx: Tx, world: World, random: Random) {
  const shop = random.pick(world.shops);
  await tx.product.update({
    where: { id: random.pick(shop.productIds) },
    data: { categoryId: random.pick(world.categoryIds) },
  });
}

/** A random row of this world's shops, drawn from a list in a fixed order so a seed replays. */
async function randomRow(tx: Tx, world: World, random: Random, sql: string): Promise<string | null> {
  const shopIds = world.shops.map((shop) => shop.id);
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(`${sql} ORDER BY 1`, shopIds);
  return rows.length === 0 ? null : random.pick(rows).id;
}

export const STEPS = [
  "checkout",
  "paid-order",
  "pay",
  "ship",
  "deliver",
  "refund-part",
  "refund-whole",
  "cancel-or-expire",
  "recategorise",
  "release",
  "transfer",
  "reverse",
  "status",
] as const;
export type Step = (typeof STEPS)[number];

/** One step of a history, in its own transaction as the writers run it. */
export async function runStep(world: World, random: Random, step: Step, tx?: Tx) {
  if (step === "checkout") return createOrder(world, random, false);
  if (step === "paid-order") return createOrder(world, random, true);
  const body = async (t: Tx) => {
    if (step === "pay") return pay(t, world, random);
    if (step === "ship") return advance(t, world, random, "PAID", "SHIPPED");
    if (step === "deliver") return advance(t, world, random, "SHIPPED", "DELIVERED");
    if (step === "refund-part") return refund(t, world, random, false);
    if (step === "refund-whole") return refund(t, world, random, true);
    if (step === "cancel-or-expire") return callOff(t, world, random);
    if (step === "release") return release(t, world, random);
    if (step === "transfer") return transfer(t, world, random);
    if (step === "reverse") return reverse(t, world, random);
    if (step === "status") return changeStatus(t, world, random);
    return recategorise(t, world, random);
  };
  return tx ? body(tx) : db.$transaction(body);
}
