// Some parcels come back: a few in full (status REFUNDED), a few partly (one unit or one line), each
// written the way lib/payments/refunds.ts writes a refund made after the seller was paid.
import type { Prisma } from "@/lib/generated/prisma/client";
import { splitFen } from "@/lib/money";
import { DAY } from "../calendar";
import type { Random } from "../random";
import type { OrderRows } from "../rows";

const FULL = 0.02;
const PARTIAL = 0.012;
/** About this much of the paid money goes back (full refunds, and partial ones at about 40%). */
export const REFUNDED_SHARE = FULL + PARTIAL * 0.4;

type Item = Prisma.OrderItemCreateManyInput;

export type RefundContext = {
  /** The seller who refunds (or, now and then, the village admin). */
  ownerOf: Map<string, string>;
  adminId: string;
  /** Buyers whose orders the demo journeys read as they were written: never refunded. */
  untouchedBuyers: Set<string>;
};

/** Marks refunds on one batch of rows in place and returns the Refund rows. */
export function applyRefunds(
  rng: Random,
  rows: OrderRows,
  context: RefundContext,
  now: Date,
): Prisma.RefundCreateManyInput[] {
  const untouched = new Set(
    rows.orders.filter((o) => context.untouchedBuyers.has(o.buyerId)).map((o) => o.id as string),
  );
  const itemsOf = new Map<string, Item[]>();
  for (const item of rows.items) {
    const list = itemsOf.get(item.shopOrderId);
    if (list) list.push(item);
    else itemsOf.set(item.shopOrderId, [item]);
  }
  const payoutOf = new Map(rows.payouts.map((p) => [p.shopOrderId, p]));
  const refunds: Prisma.RefundCreateManyInput[] = [];

  for (const so of rows.shopOrders) {
    if ((so.status !== "DELIVERED" && so.status !== "SHIPPED") || untouched.has(so.orderId)) continue;
    const roll = rng.next();
    if (roll >= FULL + PARTIAL) continue;
    const items = itemsOf.get(so.id as string) ?? [];
    const taken = roll < FULL ? items.map((item) => [item, item.quantity] as const) : partOf(rng, items);
    if (taken.length === 0) continue;
    const after = new Date(((so.deliveredAt ?? so.shippedAt) as Date).getTime() + rng.float(1, 10) * DAY);
    if (after.getTime() > now.getTime() - 60_000) continue;

    const amountFen = taken.reduce((sum, [item, quantity]) => sum + item.unitPriceFen * quantity, 0);
    const [, commissionFen = 0] = splitFen(amountFen, [so.payoutFen ?? 0, so.commissionFen ?? 0]);
    const payoutFen = amountFen - commissionFen;
    for (const [item, quantity] of taken) item.refundedQuantity = quantity;
    so.refundedFen = amountFen;
    so.refundedCommissionFen = commissionFen;
    if (amountFen === so.subtotalFen) so.status = "REFUNDED";
    const payout = payoutOf.get(so.id as string);
    // The seller was paid the day after payment, so the shop's part is reversed from that transfer.
    if (payout) payout.refundedFen = payoutFen;
    const id = rng.id();
    refunds.push({
      id,
      shopOrderId: so.id as string,
      amountFen,
      commissionFen,
      payoutFen,
      lines: taken.map(([item, quantity]) => ({ orderItemId: item.id as string, quantity })),
      requestedById: rng.chance(0.9) ? (context.ownerOf.get(so.shopId) ?? context.adminId) : context.adminId,
      status: "SUCCEEDED",
      providerRef: `demo_re_${id}`,
      reversalFen: payout ? payoutFen : 0,
      reversalRef: payout ? `demo_trr_${id}` : null,
      createdAt: after,
      updatedAt: after,
    });
  }
  return refunds;
}

/** One unit of a line bought several times, or one whole line of a parcel of several. */
function partOf(rng: Random, items: Item[]): (readonly [Item, number])[] {
  const several = items.filter((item) => item.quantity > 1);
  if (several.length > 0) return [[rng.pick(several), 1]];
  if (items.length > 1) {
    const item = rng.pick(items);
    return [[item, item.quantity]];
  }
  return [];
}
