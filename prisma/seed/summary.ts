// What the seed wrote, in the figures a village admin would look at first.
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAID_SHOP_ORDER_STATUSES } from "@/lib/orders/status";
import { beijingDay } from "./calendar";
import type { Catalog } from "./catalog";
import type { CATEGORIES, CategorySlug } from "./content/catalog";
import { GUO_SHOP } from "./content/shops";
import type { People } from "./people";
import type { OrderRows } from "./rows";

export type SeedSummary = {
  households: number;
  formerlyPoor: number;
  users: Record<string, number>;
  shops: Record<string, number>;
  products: number;
  pictures: number;
  picturesKb: { average: number; largest: number };
  orders: Record<string, number>;
  shopOrders: Record<string, number>;
  orderItems: number;
  gmvYuan: number;
  gmvThisYearYuan: number;
  agricultureShare: number;
  double11: { peakDay: string; peakYuan: number; festivalYuan: number } | null;
  guoSinglesNightYuan: number;
};

type Input = {
  people: People;
  catalog: Catalog;
  images: Prisma.ProductImageCreateManyInput[];
  orders: OrderRows;
  now: Date;
  categoryKinds: typeof CATEGORIES;
  categoryIds: Map<CategorySlug, string>;
};

const countBy = <T>(rows: T[], key: (row: T) => string) =>
  rows.reduce<Record<string, number>>((acc, row) => {
    const k = key(row);
    acc[k] = (acc[k] ?? 0) + 1;
    return acc;
  }, {});

const yuan = (fen: number) => Math.round(fen / 100);

export function summarize({
  people,
  catalog,
  images,
  orders,
  now,
  categoryKinds,
  categoryIds,
}: Input): SeedSummary {
  const paidStatuses: string[] = PAID_SHOP_ORDER_STATUSES;
  const paid = orders.shopOrders.filter((so) => paidStatuses.includes(String(so.status)) && so.paidAt);
  const paidIds = new Set(paid.map((so) => so.id));
  const agricultureIds = new Set(
    categoryKinds.filter((c) => c.kind === "AGRICULTURE").map((c) => categoryIds.get(c.slug)),
  );
  const agricultural = new Set(
    catalog.products.filter((p) => agricultureIds.has(p.categoryId)).map((p) => p.id),
  );
  let total = 0;
  let agriculture = 0;
  for (const item of orders.items) {
    if (!paidIds.has(item.shopOrderId)) continue;
    total += item.lineTotalFen;
    if (agricultural.has(item.productId)) agriculture += item.lineTotalFen;
  }

  const thisYear = beijingDay(now).year;
  const byDay = new Map<string, number>();
  let gmvThisYear = 0;
  for (const so of paid) {
    const day = beijingDay(new Date(so.paidAt as Date));
    byDay.set(day.key, (byDay.get(day.key) ?? 0) + so.subtotalFen);
    if (day.year === thisYear) gmvThisYear += so.subtotalFen;
  }
  const festival = [...byDay].filter(([key]) => /-11-(0[1-9]|1[01])$/.test(key));
  const peak = festival.reduce<[string, number] | null>(
    (best, d) => (!best || d[1] > best[1] ? d : best),
    null,
  );
  const guo = catalog.shops.find((s) => s.slug === GUO_SHOP)?.id;
  const guoNight = paid
    .filter((so) => so.shopId === guo && /-11-11$/.test(beijingDay(new Date(so.paidAt as Date)).key))
    .reduce((sum, so) => sum + so.subtotalFen, 0);
  const sizes = images.map((image) => (image.data as Uint8Array).byteLength);

  return {
    households: people.households.length,
    formerlyPoor: people.households.filter((h) => h.formerlyPoor).length,
    users: countBy(people.users, (u) => String(u.role)),
    shops: countBy(catalog.shops, (s) => String(s.status)),
    products: catalog.products.length,
    pictures: images.length,
    picturesKb: {
      average: Math.round(sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length) / 1024),
      largest: Math.round(Math.max(0, ...sizes) / 1024),
    },
    orders: countBy(orders.orders, (o) => String(o.status)),
    shopOrders: countBy(orders.shopOrders, (so) => String(so.status)),
    orderItems: orders.items.length,
    gmvYuan: yuan(total),
    gmvThisYearYuan: yuan(gmvThisYear),
    agricultureShare: total === 0 ? 0 : agriculture / total,
    double11: peak
      ? {
          peakDay: peak[0],
          peakYuan: yuan(peak[1]),
          festivalYuan: yuan(festival.reduce((s, d) => s + d[1], 0)),
        }
      : null,
    guoSinglesNightYuan: yuan(guoNight),
  };
}
