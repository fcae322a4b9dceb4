// Checkout throughput on a festival night: the app's checkout use case (cart → order with its
// payment record → Stripe Checkout Session on the local Stripe-compatible server) with many buyers at
// once, next to the bare database doing the same core work (a conditional stock UPDATE plus two
// inserts per transaction) in the same run. The ratio is what to compare across runs and machines.
// Usage: npm run bench:checkout -- [buyers=200] [rounds=3] [bareSeconds=5]
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createThrowawayDatabase } from "./lib/throwaway-db";
import { startLocalStripe } from "./stripe-local/server";

const buyersCount = Number(process.argv[2] ?? 200);
const rounds = Number(process.argv[3] ?? 3);
const bareSeconds = Number(process.argv[4] ?? 5);
const BARE_CLIENTS = 8;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function main() {
  const database = await createThrowawayDatabase("bench");
  const stripe = await startLocalStripe({ port: 0, quiet: true });
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: "bench-secret-not-for-production",
    STRIPE_API_URL: stripe.url,
    STRIPE_SECRET_KEY: "sk_test_bench_local",
    STRIPE_WEBHOOK_SECRET: "whsec_bench_local",
    STRIPE_SUPPRESS_NOTICES: "true",
    JOBS: "off",
  });
  process.env.DATABASE_POOL_MAX ??= "10";
  try {
    const catalog = await seedCatalog(database.url);
    const bare = await bareDatabaseRate(database.url, catalog);
    const app = await appCheckoutRate(catalog);
    console.log(
      `\nbare place-order transactions: ${bare.toFixed(0)}/s (${BARE_CLIENTS} clients, ${bareSeconds} s)`,
    );
    console.log(
      `app checkouts: ${app.perSecond.toFixed(0)}/s, p50 ${app.p50.toFixed(0)} ms, p95 ${app.p95.toFixed(0)} ms, ` +
        `${app.count} checkouts, ${app.failures} refused or failed (${buyersCount} buyers at once, pool ${process.env.DATABASE_POOL_MAX})`,
    );
    console.log(`ratio app / bare: ${(app.perSecond / bare).toFixed(3)}×`);
  } finally {
    const { stopJobQueue } = await import("@/lib/jobs/queue");
    const { db } = await import("@/lib/db/client");
    await stopJobQueue();
    await db.$disconnect();
    await stripe.stop();
    await database.drop();
  }
}

type Catalog = { buyerIds: string[]; products: { id: string; shopId: string }[] };

/** 20 shops of 10 products with endless stock, and the buyers; plain SQL, so it is quick. */
async function seedCatalog(url: string): Promise<Catalog> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const village = randomUUID();
  await client.query(
    `INSERT INTO "Village" (id, slug, "nameZh", "nameEn", "countyZh", "countyEn") VALUES ($1, 'bench', '下营村', 'Xiaying', '郧西县', 'Yunxi')`,
    [village],
  );
  const category = randomUUID();
  await client.query(
    `INSERT INTO "Category" (id, slug, kind, "nameZh", "nameEn") VALUES ($1, 'bench', 'CRAFTS', '绿松石', 'Turquoise')`,
    [category],
  );
  const products: Catalog["products"] = [];
  for (let s = 0; s < 20; s++) {
    const owner = randomUUID();
    const shop = randomUUID();
    await client.query(
      `INSERT INTO "User" (id, email, "passwordHash", name, role) VALUES ($1, $2, 'x', 'seller', 'SELLER')`,
      [owner, `seller${s}@bench.test`],
    );
    await client.query(
      `INSERT INTO "Shop" (id, "villageId", "ownerId", slug, "nameZh", "nameEn", "storyZh", "storyEn", status) VALUES ($1, $2, $3, $4, '店', 'Shop', '', '', 'ACTIVE')`,
      [shop, village, owner, `bench-shop-${s}`],
    );
    for (let p = 0; p < 10; p++) {
      const id = randomUUID();
      await client.query(
        `INSERT INTO "Product" (id, "shopId", "categoryId", "titleZh", "titleEn", "priceFen", stock, status, "updatedAt") VALUES ($1, $2, $3, '绿松石手链', 'Bracelet', $4, 100000000, 'ACTIVE', now())`,
        [id, shop, category, 1_000 + p * 137],
      );
      products.push({ id, shopId: shop });
    }
  }
  const buyerIds: string[] = [];
  for (let b = 0; b < buyersCount; b++) {
    const id = randomUUID();
    await client.query(
      `INSERT INTO "User" (id, email, "passwordHash", name, role) VALUES ($1, $2, 'x', 'buyer', 'BUYER')`,
      [id, `buyer${b}@bench.test`],
    );
    await client.query(`INSERT INTO "Cart" (id, "userId", "updatedAt") VALUES ($1, $1, now())`, [id]);
    buyerIds.push(id);
  }
  await client.end();
  return { buyerIds, products };
}

/** The floor of what a checkout must do, straight on the database with no application around it. */
async function bareDatabaseRate(url: string, catalog: Catalog): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: BARE_CLIENTS });
  let done = 0;
  const deadline = Date.now() + bareSeconds * 1000;
  const worker = async (n: number) => {
    const client = await pool.connect();
    try {
      for (let i = 0; Date.now() < deadline; i++) {
        const product = catalog.products[(n * 31 + i) % catalog.products.length];
        if (!product) continue;
        const orderId = randomUUID();
        await client.query("BEGIN");
        await client.query(`UPDATE "Product" SET stock = stock - 1 WHERE id = $1 AND stock >= 1`, [
          product.id,
        ]);
        await client.query(
          `INSERT INTO "Order" (id, number, "buyerId", "totalFen", "recipientName", "recipientPhone", province, city, "addressLine") VALUES ($1, $2, $3, 1000, 'L', '13800138000', 'H', 'S', 'A')`,
          [orderId, `B${orderId}`, catalog.buyerIds[n % catalog.buyerIds.length]],
        );
        await client.query(
          `INSERT INTO "ShopOrder" (id, "orderId", "shopId", "subtotalFen", "commissionFen", "payoutFen") VALUES ($1, $2, $3, 1000, 50, 950)`,
          [randomUUID(), orderId, product.shopId],
        );
        await client.query("COMMIT");
        done++;
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: BARE_CLIENTS }, (_, n) => worker(n)));
  await pool.end();
  return done / bareSeconds;
}

/** Every buyer fills a two-shop cart, then all check out at once; a few rounds. */
async function appCheckoutRate(catalog: Catalog) {
  const { db } = await import("@/lib/db/client");
  const { placeOrder } = await import("@/lib/orders/checkout");
  const address = {
    recipientName: "李娜",
    recipientPhone: "13800138000",
    province: "湖北省",
    city: "十堰市",
    addressLine: "郧西县下营村 1 号",
    postalCode: "442600",
  };
  const latencies: number[] = [];
  let failures = 0;
  let elapsed = 0;
  for (let round = 0; round < rounds + 1; round++) {
    const carts = catalog.buyerIds.flatMap((buyerId, b) =>
      [0, 1].map((k) => ({
        cartId: buyerId,
        productId: catalog.products[(b * 7 + k * 53 + round * 11) % catalog.products.length]?.id ?? "",
        quantity: 1 + k,
      })),
    );
    await db.cartItem.createMany({ data: carts, skipDuplicates: true });
    const started = performance.now();
    const timings = await Promise.all(
      catalog.buyerIds.map(async (buyerId) => {
        const t = performance.now();
        const result = await placeOrder(buyerId, address).catch(() => null);
        if (!result?.ok && round > 0) failures++;
        return performance.now() - t;
      }),
    );
    // Round 0 warms the pool, the query plans and the JIT; it is not counted.
    if (round === 0) continue;
    elapsed += performance.now() - started;
    latencies.push(...timings);
  }
  latencies.sort((a, b) => a - b);
  return {
    count: latencies.length,
    failures,
    perSecond: latencies.length / (elapsed / 1000),
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
