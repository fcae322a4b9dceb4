// A stand-in for createOrder of tests/support/admin-factories.ts, which the village figures' tests use:
// since the payments migration, a shop order must carry its commission split (CHECK
// "ShopOrder_split_sums": commissionFen + payoutFen = subtotalFen), and that builder leaves both at 0.
// Same arguments and rows, plus the split by the shop's village commission. Delete this file and import
// createOrder from ../support/admin-factories again once that builder fills the split.
import { db } from "@/lib/db/client";
import { commissionSplit } from "@/lib/money";
import type { ParcelSpec } from "../support/admin-factories";
import { unique } from "../support/factories";

export { beijing } from "../support/admin-factories";

export async function createOrder(buyerId: string, paidAt: Date | null, parcels: ParcelSpec[]) {
  const shops = await db.shop.findMany({
    where: { id: { in: parcels.map((p) => p.shopId) } },
    select: { id: true, village: { select: { commissionBps: true } } },
  });
  const bps = new Map(shops.map((shop) => [shop.id, shop.village.commissionBps]));
  const subtotals = parcels.map((p) => p.items.reduce((sum, i) => sum + i.unitPriceFen * i.quantity, 0));
  return db.order.create({
    data: {
      number: unique("XY"),
      buyerId,
      status: paidAt ? "PAID" : "PENDING_PAYMENT",
      totalFen: subtotals.reduce((a, b) => a + b, 0),
      recipientName: "收件人",
      recipientPhone: "13800000000",
      province: "湖北省",
      city: "十堰市",
      addressLine: "郧西县下营村",
      paidAt,
      shopOrders: {
        create: parcels.map((parcel, index) => {
          const subtotalFen = subtotals[index] ?? 0;
          return {
            shopId: parcel.shopId,
            status: parcel.status,
            subtotalFen,
            ...commissionSplit(subtotalFen, bps.get(parcel.shopId) ?? 0),
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
          };
        }),
      },
    },
  });
}
