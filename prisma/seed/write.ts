// Writes the planned rows in one transaction (a failed seed leaves nothing half-written behind),
// in few, large statements: the embedded database answers one statement at a time.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { recountSales } from "@/lib/search/sales";
import {
  bulkInsert,
  ORDER_COLUMNS,
  ORDER_ITEM_COLUMNS,
  PAYMENT_COLUMNS,
  PAYMENT_EVENT_COLUMNS,
  PAYOUT_COLUMNS,
  SHOP_ORDER_COLUMNS,
} from "./bulk";
import type { OrderRows } from "./rows";

export type SeedRows = OrderRows & {
  village: Prisma.VillageCreateManyInput;
  households: Prisma.HouseholdCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  categories: Prisma.CategoryCreateManyInput[];
  shops: Prisma.ShopCreateManyInput[];
  products: Prisma.ProductCreateManyInput[];
};
type ImageRow = Prisma.ProductImageCreateManyInput;

/** Splits rows so no statement carries more than a few megabytes of pictures. */
function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Pictures are still being drawn while everything else is written (the drawing runs on other
 * threads, and on the embedded database the writing waits on another process), then go in last.
 */
export async function insertAll(
  db: PrismaClient,
  rows: SeedRows,
  pictures: Promise<ImageRow[]>,
  log: (line: string) => void = () => undefined,
): Promise<ImageRow[]> {
  const laps: string[] = [];
  let t = Date.now();
  const lap = (what: string) => {
    laps.push(`${what} ${Date.now() - t}`);
    t = Date.now();
  };
  const written = await db.$transaction(
    async (tx) => {
      // First, so a second seed running at the same moment stops at the village's unique slug.
      await tx.village.create({ data: rows.village });
      await tx.household.createMany({ data: rows.households });
      if (rows.categories.length > 0) await tx.category.createMany({ data: rows.categories });
      await tx.user.createMany({ data: rows.users });
      await tx.shop.createMany({ data: rows.shops });
      await tx.product.createMany({ data: rows.products });
      lap("people and catalog");
      await bulkInsert(tx, "Order", ORDER_COLUMNS, rows.orders);
      await bulkInsert(tx, "ShopOrder", SHOP_ORDER_COLUMNS, rows.shopOrders);
      await bulkInsert(tx, "OrderItem", ORDER_ITEM_COLUMNS, rows.items);
      await bulkInsert(tx, "Payment", PAYMENT_COLUMNS, rows.payments);
      await bulkInsert(tx, "PaymentEvent", PAYMENT_EVENT_COLUMNS, rows.events);
      await bulkInsert(tx, "Payout", PAYOUT_COLUMNS, rows.payouts);
      await recountSales(tx);
      lap("orders");
      const images = await pictures;
      lap("waiting for pictures");
      for (const part of chunks(images, 40)) await tx.productImage.createMany({ data: part });
      lap("pictures");
      return images;
    },
    { maxWait: 60_000, timeout: 10 * 60_000 },
  );
  log(`wrote (ms): ${laps.join(", ")}`);
  return written;
}
