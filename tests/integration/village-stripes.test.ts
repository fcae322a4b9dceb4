// Two shops whose village rollup rows share a stripe: a refund (its items first, then its parcel) and a
// payment (the parcel, then its items' categories) of the same month and category at the same moment.
// Both must commit, one after the other, and the village rows stay exact: without the category
// writer locking the stripe's month row first, they would deadlock and one would be rolled back.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { beijing, createOrder } from "../support/admin-factories";
import { createCategory, createProduct, createShop, createUser, createVillage } from "../support/factories";
import { rollupSums, scratchSums } from "../support/rollup-oracle";

const PAID_AT = beijing("2025-03-05 10:00");

async function twoShopsOfOneStripe() {
  const village = await createVillage();
  const category = await createCategory("AGRICULTURE");
  const byStripe = new Map<number, { shopId: string; productId: string }>();
  for (;;) {
    const { shop } = await createShop({ villageId: village.id });
    const product = await createProduct(shop.id, { categoryId: category.id, stock: 100 });
    const [row] = await db.$queryRaw<
      { stripe: number }[]
    >`SELECT sales_rollup_stripe(${shop.id}) AS "stripe"`;
    const stripe = Number(row?.stripe);
    const other = byStripe.get(stripe);
    if (other) return { villageId: village.id, a: other, b: { shopId: shop.id, productId: product.id } };
    byStripe.set(stripe, { shopId: shop.id, productId: product.id });
  }
}

describe("village stripes", () => {
  it("queue a refund and a payment of two shops of one stripe instead of deadlocking", async () => {
    const { villageId, a, b } = await twoShopsOfOneStripe();
    const buyerId = (await createUser("BUYER")).id;
    const item = { unitPriceFen: 1_000, quantity: 2 };
    const paid = await createOrder(buyerId, PAID_AT, [
      { shopId: a.shopId, status: "PAID", items: [{ productId: a.productId, ...item }] },
    ]);
    const unpaid = await createOrder(buyerId, null, [
      { shopId: b.shopId, status: "PENDING_PAYMENT", items: [{ productId: b.productId, ...item }] },
    ]);
    const refunded = await db.shopOrder.findFirstOrThrow({
      where: { orderId: paid.id },
      include: { items: true },
    });

    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let itemsDone = () => {};
    const itemsWritten = new Promise<void>((resolve) => {
      itemsDone = resolve;
    });
    // The refund as lib/payments/refunds.ts writes it: the items' units, then the parcel's total.
    const refund = db.$transaction(
      async (tx) => {
        await tx.$executeRaw`UPDATE "OrderItem" SET "refundedQuantity" = 1 WHERE "id" = ${refunded.items[0]?.id}`;
        itemsDone();
        await held;
        await tx.$executeRaw`UPDATE "ShopOrder" SET "refundedFen" = 1000 WHERE "id" = ${refunded.id}`;
      },
      { timeout: 30_000 },
    );
    await itemsWritten;
    // The payment as settle writes it: every parcel of the order paid in one statement.
    const payment = db.$transaction(
      (tx) =>
        tx.shopOrder.updateMany({ where: { orderId: unpaid.id }, data: { status: "PAID", paidAt: PAID_AT } }),
      { timeout: 30_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await expect(Promise.all([refund, payment])).resolves.toBeDefined();
    expect(await rollupSums(villageId)).toEqual(await scratchSums(villageId));
  });
});
