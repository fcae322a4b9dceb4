// Builders for the village-admin tests: households with several sellers, and orders split into
// parcels with explicit statuses and payment times, so every expected figure is a sum we wrote down.
import { db } from "@/lib/db/client";
import type { ShopOrderStatus, ShopStatus } from "@/lib/generated/prisma/client";
import { commissionSplit } from "@/lib/money";
import { createUser, unique } from "./factories";

/** A seller who is a member of `householdId`, with a shop of `villageId`. */
export async function createShopInHousehold(villageId: string, householdId: string, status: ShopStatus) {
  const owner = await createUser("SELLER", { householdId });
  const slug = unique("shop");
  const shop = await db.shop.create({
    data: {
      villageId,
      ownerId: owner.id,
      slug,
      nameZh: `店${slug}`,
      nameEn: slug,
      storyZh: "",
      storyEn: "",
      status,
      approvedAt: status === "PENDING" ? null : new Date(),
    },
  });
  return { shop, owner };
}

export type ParcelSpec = {
  shopId: string;
  status: ShopOrderStatus;
  items: { productId: string; unitPriceFen: number; quantity: number }[];
};

/** One checkout by `buyerId`, one parcel per spec, all paid (when paid) at the same instant. */
export async function createOrder(buyerId: string, paidAt: Date | null, parcels: ParcelSpec[]) {
  // Each parcel carries its split by its shop's village commission, as checkout writes it.
  const shops = await db.shop.findMany({
    where: { id: { in: parcels.map((p) => p.shopId) } },
    select: { id: true, village: { select: { commissionBps: true } } },
  });
  const bps = new Map(shops.map((shop) => [shop.id, shop.village.commissionBps]));
  const subtotals = parcels.map((p) => p.items.reduce((sum, i) => sum + i.unitPriceFen * i.quantity, 0));
  const totalFen = subtotals.reduce((a, b) => a + b, 0);
  return db.order.create({
    data: {
      number: unique("XY"),
      buyerId,
      status: paidAt ? "PAID" : "PENDING_PAYMENT",
      totalFen,
      recipientName: "收件人",
      recipientPhone: "13800000000",
      province: "湖北省",
      city: "十堰市",
      addressLine: "郧西县下营村",
      paidAt,
      shopOrders: {
        create: parcels.map((parcel, index) => ({
          shopId: parcel.shopId,
          status: parcel.status,
          subtotalFen: subtotals[index] ?? 0,
          ...commissionSplit(subtotals[index] ?? 0, bps.get(parcel.shopId) ?? 0),
          paidAt: parcel.status === "PENDING_PAYMENT" ? null : paidAt,
          items: {
            create: parcel.items.map((item) => ({
              productId: item.productId,
              titleZh: "商品",
              titleEn: "Item",
              unitPriceFen: item.unitPriceFen,
              quantity: item.quantity,
              lineTotalFen: item.unitPriceFen * item.quantity,
            })),
          },
        })),
      },
    },
  });
}

/** A Beijing wall-clock time ("2024-11-11 00:30") as the UTC instant stored in paidAt. */
export function beijing(local: string): Date {
  return new Date(`${local.replace(" ", "T")}:00+08:00`);
}
