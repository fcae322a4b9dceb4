import type { StockChange } from "@/lib/catalog/cache-tags";
import { expireForStockChanges } from "@/lib/catalog/invalidate";
import { restock } from "@/lib/catalog/restock";
import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { type Actor, loadActor, refuseNotOwned } from "@/lib/auth/guard";
import { db, type Tx } from "@/lib/db/client";
import { splitFen } from "@/lib/money";
import { PAID_SHOP_ORDER_STATUSES } from "@/lib/orders/status";
import { throttleAction } from "@/lib/security/request";
import { idString } from "@/lib/validation/text";
import { submitRefund } from "./refund-sync";

const idSchema = idString();
export const refundInputSchema = z.object({
  shopOrderId: idSchema,
  lines: z
    .array(z.object({ orderItemId: idSchema, quantity: z.number().int().min(1).max(100_000) }))
    .min(1)
    .max(200)
    .refine((lines) => new Set(lines.map((l) => l.orderItemId)).size === lines.length, "each item once"),
});
export type RefundInput = z.infer<typeof refundInputSchema>;

/** Every error refundShopOrder answers with, for the forms to word. */
export const REFUND_ERROR_CODES = [
  "not_signed_in",
  "forbidden",
  "not_found",
  "invalid_input",
  "not_refundable",
  "paid_offline",
  "more_than_bought",
  "throttled",
] as const;

class Refused extends Error {}

/**
 * A seller (their own shop's orders only) or the village admin (their village's shops) gives money
 * back for some items of a paid shop order. In one transaction, with the shop order locked: each
 * item's refunded quantity rises only while it stays within what was bought (so units, stock and
 * money come back once, whatever runs at the same time), the shop order's refunded total stays within
 * its subtotal (a CHECK too), the commission is returned in proportion and the shop's payout shrinks
 * by the rest. The provider is called after the row is committed, keyed by the refund's id.
 */
export async function refundShopOrder(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<{ refundId: string; amountFen: number }>> {
  const guard = await loadActor(userId, ["SELLER", "ADMIN"]);
  if (!guard.ok) return guard;
  // Counted per caller before anything else, so a script cannot probe or hammer refunds.
  const throttled = await throttleAction("refund", guard.actor.id);
  if (throttled) return throttled;
  const parsed = refundInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { shopOrderId, lines } = parsed.data;

  const shopOrder = await db.shopOrder.findFirst({
    where: { id: shopOrderId, shop: shopScope(guard.actor) },
    select: {
      status: true,
      order: { select: { payments: { where: { status: "SUCCEEDED" }, select: { chargeRef: true } } } },
    },
  });
  if (!shopOrder) {
    return refuseNotOwned(guard.actor, "refund", () =>
      db.shopOrder.findUnique({ where: { id: shopOrderId }, select: { id: true } }),
    );
  }
  const payment = shopOrder.order.payments[0];
  if (!PAID_SHOP_ORDER_STATUSES.includes(shopOrder.status) || !payment) return fail("not_refundable");
  // Paid before online payments (the demo history): no charge to give the money back through.
  if (!payment.chargeRef) return fail("paid_offline");

  let refund: Awaited<ReturnType<typeof recordRefund>>;
  try {
    refund = await db.$transaction((tx) => recordRefund(tx, guard.actor.id, shopOrderId, lines));
  } catch (error) {
    if (error instanceof Refused) return fail(error.message);
    throw error;
  }
  await submitRefund(refund.id).catch((error: unknown) => {
    console.error(`[refunds] ${refund.id} not sent yet; the stuck-refund sweep will send it`, error);
  });
  await expireForStockChanges(refund.stockChanges);
  return { ok: true, data: { refundId: refund.id, amountFen: refund.amountFen } };
}

function shopScope(actor: Actor) {
  return actor.role === "ADMIN" ? { villageId: actor.villageId ?? "-" } : { ownerId: actor.id };
}

async function recordRefund(tx: Tx, requestedById: string, shopOrderId: string, lines: RefundInput["lines"]) {
  // One refund of a shop order at a time, so each sees the totals the one before it left.
  await tx.$executeRaw`SELECT 1 FROM "ShopOrder" WHERE "id" = ${shopOrderId} FOR UPDATE`;
  // Waits for a transfer in progress before writing anything: the transfer then writes the money
  // rollup row of this shop and month (prisma/migrations/…_money_rollups), which this refund's own
  // writes below would otherwise hold while waiting for the payout, a deadlock.
  await tx.$executeRaw`SELECT 1 FROM "Payout" WHERE "shopOrderId" = ${shopOrderId} FOR UPDATE`;
  const so = await tx.shopOrder.findUniqueOrThrow({
    where: { id: shopOrderId },
    select: {
      subtotalFen: true,
      commissionFen: true,
      payoutFen: true,
      refundedFen: true,
      refundedCommissionFen: true,
      status: true,
      items: { select: { id: true, productId: true, unitPriceFen: true } },
    },
  });
  if (!PAID_SHOP_ORDER_STATUSES.includes(so.status)) throw new Refused("not_refundable");
  const items = new Map(so.items.map((item) => [item.id, item]));
  let amountFen = 0;
  const stockChanges: StockChange[] = [];
  // Items in product order: the same lock order as checkout and expiry.
  const ordered = [...lines].sort((a, b) =>
    (items.get(a.orderItemId)?.productId ?? "").localeCompare(items.get(b.orderItemId)?.productId ?? ""),
  );
  for (const line of ordered) {
    const item = items.get(line.orderItemId);
    if (!item) throw new Refused("not_found");
    const taken = await tx.$executeRaw`
      UPDATE "OrderItem" SET "refundedQuantity" = "refundedQuantity" + ${line.quantity}
      WHERE "id" = ${item.id} AND "refundedQuantity" + ${line.quantity} <= "quantity"`;
    if (taken !== 1) throw new Refused("more_than_bought");
    stockChanges.push(await restock(tx, item.productId, line.quantity));
    amountFen += item.unitPriceFen * line.quantity;
  }

  const refundedFen = so.refundedFen + amountFen;
  // Commission given back so far, by the shop order's own split: all of it once all is refunded.
  const [, refundedCommissionFen = 0] = splitFen(refundedFen, [so.payoutFen, so.commissionFen]);
  const commissionFen = refundedCommissionFen - so.refundedCommissionFen;
  const payoutFen = amountFen - commissionFen;
  await tx.shopOrder.update({
    where: { id: shopOrderId },
    data: {
      refundedFen,
      refundedCommissionFen,
      ...(refundedFen === so.subtotalFen && { status: "REFUNDED" }),
    },
  });
  // Locked above: takes the shop's part off what is still to be sent, or marks it to be reversed
  // from what was sent.
  const payout = await tx.payout.findUnique({ where: { shopOrderId }, select: { id: true, status: true } });
  if (payout)
    await tx.payout.update({ where: { id: payout.id }, data: { refundedFen: { increment: payoutFen } } });
  const refund = await tx.refund.create({
    data: {
      shopOrderId,
      amountFen,
      commissionFen,
      payoutFen,
      reversalFen: payout?.status === "TRANSFERRED" ? payoutFen : 0,
      lines,
      requestedById,
    },
    select: { id: true, amountFen: true },
  });
  return { ...refund, stockChanges };
}
