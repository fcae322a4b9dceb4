import "server-only";
import { db } from "@/lib/db/client";
import { Prisma, type ShopStatus } from "@/lib/generated/prisma/client";
import { netSalesFen, paidShopOrderWhere, toNumber } from "@/lib/village/scope";

export const SHOPS_PER_PAGE = 30;

export type AdminShopRow = {
  id: string;
  slug: string;
  nameZh: string;
  nameEn: string;
  status: ShopStatus;
  createdAt: Date;
  approvedAt: Date | null;
  owner: { name: string; phone: string | null };
  household: { code: string; formerlyPoor: boolean } | null;
  productCount: number;
  /** Net sales of all time (paid less refunded), as on the village figures. */
  paidSalesFen: number;
};

/** How many shops of the village are in each status, for the filter tabs. */
export async function shopStatusCounts(villageId: string): Promise<Record<ShopStatus, number>> {
  const groups = await db.shop.groupBy({ by: ["status"], where: { villageId }, _count: { _all: true } });
  const counts: Record<ShopStatus, number> = { PENDING: 0, ACTIVE: 0, SUSPENDED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/** All-time net sales of the given shops, by shop id: the village figures' definition, for any time. */
async function paidSalesOf(villageId: string, shopIds: string[]): Promise<Map<string, number>> {
  if (shopIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ shopId: string; salesFen: bigint }[]>`
    SELECT so."shopId", SUM(${netSalesFen})::bigint AS "salesFen"
    FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
    WHERE ${paidShopOrderWhere(villageId)} AND so."shopId" IN (${Prisma.join(shopIds)})
    GROUP BY so."shopId"`;
  return new Map(rows.map((row) => [row.shopId, toNumber(row.salesFen)]));
}

/**
 * One page of the village's shops: pending first (they wait for the admin), then active, then
 * suspended; newest first within each. Products count everything not archived.
 */
export async function villageShops(
  villageId: string,
  status: ShopStatus | null,
  page: number,
): Promise<AdminShopRow[]> {
  const shops = await db.shop.findMany({
    where: { villageId, ...(status ? { status } : {}) },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * SHOPS_PER_PAGE,
    take: SHOPS_PER_PAGE,
    select: {
      id: true,
      slug: true,
      nameZh: true,
      nameEn: true,
      status: true,
      createdAt: true,
      approvedAt: true,
      owner: {
        select: { name: true, phone: true, household: { select: { code: true, formerlyPoor: true } } },
      },
      _count: { select: { products: { where: { status: { not: "ARCHIVED" } } } } },
    },
  });
  const sales = await paidSalesOf(
    villageId,
    shops.map((shop) => shop.id),
  );
  return shops.map(({ owner, _count, ...shop }) => ({
    ...shop,
    owner: { name: owner.name, phone: owner.phone },
    household: owner.household,
    productCount: _count.products,
    paidSalesFen: sales.get(shop.id) ?? 0,
  }));
}
