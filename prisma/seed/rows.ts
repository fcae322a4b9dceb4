// Turns planned orders into database rows: orders, one shop order per shop, items, payments, events.
import type { CourierCode } from "@/lib/couriers";
import type { Prisma } from "@/lib/generated/prisma/client";
import { commissionSplit } from "@/lib/money";
import { beijingDay, hours } from "./calendar";
import type { PlannedShop } from "./catalog";
import { type Address, address, buyerName, mobilePhone } from "./content/people";
import type { DemoOrder } from "./demo-orders";
import type { Buyer } from "./people";
import type { Random } from "./random";

export type OrderRows = {
  orders: Prisma.OrderCreateManyInput[];
  shopOrders: Prisma.ShopOrderCreateManyInput[];
  items: Prisma.OrderItemCreateManyInput[];
  payments: Prisma.PaymentCreateManyInput[];
  events: Prisma.PaymentEventCreateManyInput[];
  payouts: Prisma.PayoutCreateManyInput[];
};

// The demo village's commission (Village.commissionBps default) and how long a buyer has to pay.
const DEMO_COMMISSION_BPS = 500;
const PAYMENT_MINUTES = 30;

// Tracking numbers shaped like each company's own.
const TRACKING: Record<CourierCode, (rng: Random) => string> = {
  SF: (rng) => `SF${rng.int(1, 9)}${rng.digits(12)}`,
  JD: (rng) => `JDVA${rng.digits(11)}`,
  EMS: (rng) => `11${rng.digits(11)}`,
  ZTO: (rng) => `78${rng.digits(12)}`,
  YTO: (rng) => `YT${rng.int(1, 9)}${rng.digits(12)}`,
  STO: (rng) => `773${rng.digits(11)}`,
  YUNDA: (rng) => `43${rng.digits(11)}`,
  JT: (rng) => `JT${rng.int(1, 9)}${rng.digits(12)}`,
  DEPPON: (rng) => `DPK${rng.digits(12)}`,
  BEST: (rng) => `55${rng.digits(12)}`,
  ZJS: (rng) => `A${rng.digits(9)}`,
};

export const trackingNumber = (rng: Random, courier: CourierCode) => TRACKING[courier](rng);

function uuid(rng: Random): string {
  // A loop rather than Array.from: the scale seed draws millions of these (same draws, same ids).
  const part = (n: number) => {
    let out = "";
    for (let i = 0; i < n; i++) out += rng.int(0, 15).toString(16);
    return out;
  };
  return `${part(8)}-${part(4)}-4${part(3)}-${"89ab"[rng.int(0, 3)]}${part(3)}-${part(12)}`;
}

/**
 * What must stay the same across calls when orders are turned into rows a day at a time (the scale
 * seed): order numbers already taken, and each buyer's addresses.
 */
export type RowsContext = { numbers: Set<string>; addresses: Map<string, Address[]> };

export const newRowsContext = (): RowsContext => ({ numbers: new Set(), addresses: new Map() });

export function orderRows(
  rng: Random,
  drafts: DemoOrder[],
  shops: PlannedShop[],
  now: Date,
  { numbers, addresses }: RowsContext = newRowsContext(),
): OrderRows {
  const rows: OrderRows = { orders: [], shopOrders: [], items: [], payments: [], events: [], payouts: [] };
  const addressOf = (buyer: Buyer) => {
    let list = addresses.get(buyer.id);
    if (!list) {
      list = Array.from({ length: rng.int(1, 2) }, () => address(rng));
      addresses.set(buyer.id, list);
    }
    return rng.pick(list);
  };

  for (const draft of [...drafts].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const createdAt = new Date(draft.at.getTime() - rng.int(30, 900) * 1000);
    const paid = draft.state === "paid";
    const day = beijingDay(createdAt).key.replaceAll("-", "");
    let number: string;
    do number = `XY${day}${rng.digits(6)}`;
    while (numbers.has(number));
    numbers.add(number);
    const gift = rng.chance(0.12);
    const order = {
      id: rng.id(),
      number,
      buyerId: draft.buyer.id,
      status: paid
        ? ("PAID" as const)
        : draft.state === "pending"
          ? ("PENDING_PAYMENT" as const)
          : ("CANCELLED" as const),
      totalFen: draft.parcels.reduce((sum, p) => sum + p.subtotalFen, 0),
      recipientName: gift ? buyerName(rng) : draft.buyer.name,
      recipientPhone: gift ? mobilePhone(rng) : draft.buyer.phone,
      ...addressOf(draft.buyer),
      createdAt,
      paidAt: paid ? draft.at : null,
      expiresAt: paid ? null : new Date(createdAt.getTime() + PAYMENT_MINUTES * 60_000),
      cancelledAt: draft.state === "cancelled" ? draft.at : null,
      cancelReason: draft.state === "cancelled" ? ("BUYER" as const) : null,
    };
    rows.orders.push(order);

    for (const parcel of draft.parcels) {
      const shop = shops[parcel.shopIndex];
      if (!shop) throw new Error("parcel without a shop");
      const shopOrderId = rng.id();
      const shopOrder: Prisma.ShopOrderCreateManyInput = {
        id: shopOrderId,
        orderId: order.id,
        shopId: shop.id,
        status: order.status === "PAID" ? "PAID" : order.status,
        subtotalFen: parcel.subtotalFen,
        ...commissionSplit(parcel.subtotalFen, DEMO_COMMISSION_BPS),
        createdAt,
        paidAt: order.paidAt,
      };
      if (paid) Object.assign(shopOrder, fulfilment(rng, draft, parcel.shopIndex, shop, now));
      rows.shopOrders.push(shopOrder);
      if (paid) rows.payouts.push(historicPayout(rng, shopOrder, now));
      for (const line of parcel.lines) {
        rows.items.push({
          id: rng.id(),
          shopOrderId,
          productId: line.product.id,
          titleZh: line.product.titleZh,
          titleEn: line.product.titleEn,
          unitPriceFen: line.product.priceFen,
          quantity: line.quantity,
          lineTotalFen: line.product.priceFen * line.quantity,
        });
      }
    }

    if (draft.state === "cancelled") continue;
    const payment = {
      id: rng.id(),
      orderId: order.id,
      provider: "demo",
      providerRef: `demo_${uuid(rng)}`,
      amountFen: order.totalFen,
      status: paid ? ("SUCCEEDED" as const) : ("PENDING" as const),
      createdAt,
      updatedAt: paid ? draft.at : createdAt,
    };
    rows.payments.push(payment);
    if (paid) {
      rows.events.push({
        id: rng.id(),
        provider: "demo",
        providerEventId: `demo_evt_${uuid(rng)}`,
        type: "payment.succeeded",
        paymentId: payment.id,
        receivedAt: draft.at,
      });
    }
  }
  return rows;
}

/**
 * Demo history was paid out to the sellers the day after payment, before online payouts existed:
 * no provider transfer behind it (transferRef stays null, so reconciliation leaves it alone).
 */
function historicPayout(rng: Random, shopOrder: Prisma.ShopOrderCreateManyInput, now: Date) {
  const paidAt = new Date(shopOrder.paidAt ?? now);
  const nextDay = new Date(paidAt.getTime() + hours(24));
  return {
    id: rng.id(),
    shopOrderId: shopOrder.id ?? "",
    shopId: shopOrder.shopId,
    amountFen: shopOrder.payoutFen ?? 0,
    status: "TRANSFERRED" as const,
    transferredFen: shopOrder.payoutFen ?? 0,
    createdAt: paidAt,
    transferredAt: nextDay < now ? nextDay : now,
  };
}

/** Where a paid parcel is now: shipped a day or so after payment (longer after Double 11), then delivered. */
function fulfilment(rng: Random, draft: DemoOrder, shopIndex: number, shop: PlannedShop, now: Date) {
  const fixed = draft.fixed?.get(shopIndex);
  if (fixed?.status === "PAID") return { status: "PAID" as const };
  const courier = pickCourier(rng, shop.spec.couriers);
  if (fixed?.status === "SHIPPED") {
    return {
      status: "SHIPPED" as const,
      courier: fixed.courier,
      trackingNumber: trackingNumber(rng, fixed.courier),
      shippedAt: fixed.shippedAt,
    };
  }
  const paidDay = beijingDay(draft.at);
  const rush = paidDay.month === 11 && paidDay.date <= 12;
  const shippedAt = new Date(draft.at.getTime() + hours(rush ? rng.float(12, 96) : rng.float(3, 40)));
  const deliveredAt = new Date(shippedAt.getTime() + hours(rng.float(26, 110)));
  if (shippedAt > now) return { status: "PAID" as const };
  const shipped = { courier, trackingNumber: trackingNumber(rng, courier), shippedAt };
  if (deliveredAt > now) return { status: "SHIPPED" as const, ...shipped };
  return { status: "DELIVERED" as const, ...shipped, deliveredAt };
}

function pickCourier(rng: Random, couriers: CourierCode[]): CourierCode {
  const [first, ...rest] = couriers;
  if (!first) return "SF";
  if (rest.length === 0 || rng.chance(0.55)) return first;
  return rng.pick(rest);
}
