import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor, refuseNotOwned } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import type { PayoutStatus, RefundStatus, ShopOrderStatus } from "@/lib/generated/prisma/client";
import { idString, plainString } from "@/lib/validation/text";

// The village admin's view of single orders, to answer a buyer or a seller on the phone and to give
// money back. Every read names the admin's village in its where: another village's order is not found.

/** Order numbers as printed ("XY" + date + 6 digits); people read them out with spaces or in lower case. */
const orderNumberSchema = plainString()
  .max(60)
  .transform((text) => text.replace(/\s+/g, "").toUpperCase())
  .pipe(z.string().regex(/^XY[0-9A-Z-]{1,38}$/));
const idSchema = idString();

const shopNames = { select: { id: true, nameZh: true, nameEn: true } } as const;

export type VillageOrderParcel = {
  id: string;
  status: ShopOrderStatus;
  subtotalFen: number;
  refundedFen: number;
  itemCount: number;
  shop: { id: string; nameZh: string; nameEn: string };
};

export type VillageOrder = {
  number: string;
  createdAt: Date;
  paidAt: Date | null;
  city: string;
  /** Only the parcels of this village's shops: a checkout may hold another village's too. */
  parcels: VillageOrderParcel[];
};

/** An order by its number, with its parcels from the admin's village; not_found when it has none. */
export async function findVillageOrder(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<VillageOrder>> {
  const guard = await loadActor(userId, ["ADMIN"]);
  if (!guard.ok) return guard;
  const parsed = orderNumberSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const villageId = guard.actor.villageId;
  if (!villageId) return fail("not_found");
  const order = await db.order.findUnique({
    where: { number: parsed.data },
    select: {
      number: true,
      createdAt: true,
      paidAt: true,
      city: true,
      shopOrders: {
        where: { shop: { villageId } },
        orderBy: { id: "asc" },
        select: {
          id: true,
          status: true,
          subtotalFen: true,
          refundedFen: true,
          shop: shopNames,
          _count: { select: { items: true } },
        },
      },
    },
  });
  if (!order || order.shopOrders.length === 0) return fail("not_found");
  const { shopOrders, ...rest } = order;
  return {
    ok: true,
    data: {
      ...rest,
      parcels: shopOrders.map(({ _count, ...parcel }) => ({ ...parcel, itemCount: _count.items })),
    },
  };
}

export type VillageParcel = {
  id: string;
  status: ShopOrderStatus;
  subtotalFen: number;
  commissionFen: number;
  refundedFen: number;
  refundedCommissionFen: number;
  paidAt: Date | null;
  courier: string | null;
  trackingNumber: string | null;
  shop: { id: string; nameZh: string; nameEn: string };
  order: { number: string; city: string };
  items: {
    id: string;
    titleZh: string;
    titleEn: string;
    unitPriceFen: number;
    quantity: number;
    refundedQuantity: number;
  }[];
  refunds: { id: string; amountFen: number; status: RefundStatus; createdAt: Date; requestedBy: string }[];
  payout: {
    status: PayoutStatus;
    amountFen: number;
    refundedFen: number;
    transferredFen: number | null;
  } | null;
};

/** One parcel of the admin's village, with what is needed to refund it; not_found for any other. */
export async function villageParcel(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<VillageParcel>> {
  const guard = await loadActor(userId, ["ADMIN"]);
  if (!guard.ok) return guard;
  const parsed = idSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const villageId = guard.actor.villageId;
  if (!villageId) return fail("not_found");
  const parcel = await db.shopOrder.findFirst({
    where: { id: parsed.data, shop: { villageId } },
    select: {
      id: true,
      status: true,
      subtotalFen: true,
      commissionFen: true,
      refundedFen: true,
      refundedCommissionFen: true,
      paidAt: true,
      courier: true,
      trackingNumber: true,
      shop: shopNames,
      order: { select: { number: true, city: true } },
      items: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          titleZh: true,
          titleEn: true,
          unitPriceFen: true,
          quantity: true,
          refundedQuantity: true,
        },
      },
      refunds: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          amountFen: true,
          status: true,
          createdAt: true,
          requestedBy: { select: { name: true } },
        },
      },
      payout: { select: { status: true, amountFen: true, refundedFen: true, transferredFen: true } },
    },
  });
  if (!parcel) {
    const id = parsed.data;
    return refuseNotOwned(guard.actor, "village.parcel", () =>
      db.shopOrder.findUnique({ where: { id }, select: { id: true } }),
    );
  }
  return {
    ok: true,
    data: {
      ...parcel,
      refunds: parcel.refunds.map(({ requestedBy, ...refund }) => ({
        ...refund,
        requestedBy: requestedBy.name,
      })),
    },
  };
}
