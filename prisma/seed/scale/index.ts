// `npm run seed -- --scale=2019`: the village at its 2019 size, bulk-loaded in one transaction (a failed
// load leaves nothing behind), timed phase by phase. Nothing is written when the village exists.
import { hash } from "@node-rs/argon2";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ORDER_COLUMNS, PAYMENT_COLUMNS, PAYMENT_EVENT_COLUMNS } from "../bulk";
import { CATEGORIES, type CategorySlug } from "../content/catalog";
import { renderPictures } from "../images";
import { DEMO_PASSWORD } from "../index";
import { VILLAGE } from "../people";
import {
  CATEGORY_COLUMNS,
  HOUSEHOLD_COLUMNS,
  PRODUCT_COLUMNS,
  PRODUCT_IMAGE_COLUMNS,
  REFUND_COLUMNS,
  SCALE_ORDER_ITEM_COLUMNS,
  SCALE_PAYOUT_COLUMNS,
  SCALE_SHOP_ORDER_COLUMNS,
  SHOP_COLUMNS,
  USER_COLUMNS,
  VILLAGE_COLUMNS,
} from "./columns";
import { withChecksDeferred } from "./deferred-checks";
import type { DayRows } from "./orders";
import { planScale, type ScalePlan } from "./plan";
import { sinkFor, type TableSink, timedSink } from "./sink";
import type { Size } from "./size";
import { addDay, emptyTotals, type ScaleTotals } from "./totals";

export { afterBulkLoad } from "./after-bulk-load";
export { parseScale, type Size, sizeOf } from "./size";

export type ScaleOptions = {
  /** The moment the year of orders ends at (defaults to the current time). */
  now?: Date;
  /** Draw and store product pictures (tests skip them: they check figures, not photos). */
  pictures?: boolean;
  log?: (line: string) => void;
};

export type ScaleResult =
  | { seeded: false }
  | { seeded: true; method: TableSink["method"]; totals: ScaleTotals; phases: [string, number][] };

// Rows go to the server in batches of about this many orders: few statements, bounded memory.
const BATCH_ORDERS = 60_000;

export async function seedScale(url: string, size: Size, options: ScaleOptions = {}): Promise<ScaleResult> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => undefined);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query(`SELECT 1 FROM "Village" WHERE "slug" = $1`, [VILLAGE.slug]);
    if (exists.rowCount) return { seeded: false };
    return await load(client, size, now, options.pictures ?? true, log);
  } finally {
    await client.end();
  }
}

async function load(
  client: pg.Client,
  size: Size,
  now: Date,
  withPictures: boolean,
  log: (l: string) => void,
) {
  const phases: [string, number][] = [];
  let t = Date.now();
  const phase = (name: string) => {
    const ms = Date.now() - t;
    phases.push([name, ms]);
    log(`${name}: ${(ms / 1000).toFixed(1)} s`);
    t = Date.now();
  };

  // One hash for every account: argon2 is slow on purpose.
  const passwordHash = await hash(DEMO_PASSWORD);
  const existing = await client.query<{ id: string; slug: CategorySlug }>(
    `SELECT "id", "slug" FROM "Category" WHERE "slug" = ANY($1::text[])`,
    [CATEGORIES.map((c) => c.slug)],
  );
  const plan = planScale(size, now, passwordHash, new Map(existing.rows.map((c) => [c.slug, c.id])));
  phase(
    `planned ${plan.catalog.shops.length} shops, ${plan.people.users.length.toLocaleString("en-US")} users`,
  );
  const drawing = withPictures ? renderPictures(plan.pictures) : Promise.resolve([]);
  drawing.catch(() => undefined);

  const sink = timedSink(await sinkFor(client));
  log(`writing with ${sink.method}`);
  const totals = emptyTotals();
  await client.query("BEGIN");
  try {
    // The village first: a second seed racing this one stops at its unique slug.
    await sink.write("Village", VILLAGE_COLUMNS, [plan.village]);
    await sink.write("Household", HOUSEHOLD_COLUMNS, plan.people.households);
    await sink.write("Category", CATEGORY_COLUMNS, plan.categories);
    await sink.write("User", USER_COLUMNS, plan.people.users);
    await sink.write("Shop", SHOP_COLUMNS, plan.catalog.shops);
    await sink.write("Product", PRODUCT_COLUMNS, plan.catalog.products);
    phase("people and catalog written");

    await withChecksDeferred(client, ORDER_TABLES, () => loadOrders(sink, plan, totals), log);
    const perTable = ORDER_TABLES.map(
      (table) => `${table} ${((sink.timings.get(table) ?? 0) / 1000).toFixed(1)}`,
    );
    phase(`orders (seconds writing each table: ${perTable.join(", ")})`);

    const images = await drawing;
    await sink.write("ProductImage", PRODUCT_IMAGE_COLUMNS, images as Prisma.ProductImageCreateManyInput[]);
    phase(`${images.length} pictures drawn and written`);
    await client.query("COMMIT");
    phase("committed");
    // Fresh statistics and visibility maps, as autovacuum would leave them some minutes later: the
    // benchmarks that read this data should not measure plans made for empty tables.
    await client.query(
      `VACUUM (ANALYZE) ${[...ORDER_TABLES, "Product", "Shop", "User"].map((t) => `"${t}"`).join(", ")}`,
    );
    phase("vacuumed and analysed");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
  return { seeded: true as const, method: sink.method, totals, phases };
}

const ORDER_TABLES = ["Order", "ShopOrder", "OrderItem", "Payment", "PaymentEvent", "Payout", "Refund"];

/**
 * The year of orders, batch by batch. The server writes one batch while the next is generated: the
 * generator gives the event loop back after every day, so the COPY stream keeps flowing meanwhile.
 */
async function loadOrders(sink: TableSink, plan: ScalePlan, totals: ScaleTotals) {
  let batch: DayRows[] = [];
  let orders = 0;
  let writing: Promise<void> = Promise.resolve();
  for (const day of plan.days()) {
    addDay(totals, day, plan.agriculturalProducts);
    batch.push(day);
    orders += day.orders.length;
    if (orders >= BATCH_ORDERS) {
      await writing;
      writing = writeOrders(sink, batch);
      // Awaited before the next batch; a failure meanwhile must not count as unhandled.
      writing.catch(() => undefined);
      batch = [];
      orders = 0;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  await writing;
  await writeOrders(sink, batch);
}

/** One batch of days, table by table in foreign-key order. */
async function writeOrders(sink: TableSink, days: DayRows[]) {
  const all = <K extends keyof DayRows>(key: K) => days.flatMap((d) => d[key] as unknown[]);
  await sink.write("Order", ORDER_COLUMNS, all("orders") as Prisma.OrderCreateManyInput[]);
  await sink.write(
    "ShopOrder",
    SCALE_SHOP_ORDER_COLUMNS,
    all("shopOrders") as Prisma.ShopOrderCreateManyInput[],
  );
  await sink.write("OrderItem", SCALE_ORDER_ITEM_COLUMNS, all("items") as Prisma.OrderItemCreateManyInput[]);
  await sink.write("Payment", PAYMENT_COLUMNS, all("payments") as Prisma.PaymentCreateManyInput[]);
  await sink.write(
    "PaymentEvent",
    PAYMENT_EVENT_COLUMNS,
    all("events") as Prisma.PaymentEventCreateManyInput[],
  );
  await sink.write("Payout", SCALE_PAYOUT_COLUMNS, all("payouts") as Prisma.PayoutCreateManyInput[]);
  await sink.write("Refund", REFUND_COLUMNS, all("refunds") as Prisma.RefundCreateManyInput[]);
}
