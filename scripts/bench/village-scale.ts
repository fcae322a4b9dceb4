// Makes a big village out of the demo data with SQL alone: the demo's shops copied into `shopCopies`
// sets (new owners, shops and products) and its orders copied until about `targetOrders`, each copy
// with shifted ids, sold by one of the shop sets, on the same days as the original. The rollups are
// paused while copying and rebuilt from scratch once at the end (timed: what a bulk load costs).
import pg from "pg";

const suffix = (kind: "s" | "o", n: number) => (n === 0 ? "" : `_${kind}${n}`);

async function copyShops(client: pg.Client, villageId: string, k: number) {
  const s = suffix("s", k);
  await client.query(
    `INSERT INTO "User" ("id", "email", "passwordHash", "name", "role", "householdId", "createdAt")
     SELECT u."id" || $2, 's' || $3 || '.' || u."email", u."passwordHash", u."name", u."role", u."householdId", u."createdAt"
     FROM "User" u JOIN "Shop" sh ON sh."ownerId" = u."id" WHERE sh."villageId" = $1 AND sh."id" NOT LIKE '%\\_s%'`,
    [villageId, s, k],
  );
  await client.query(
    `INSERT INTO "Shop" ("id", "villageId", "ownerId", "slug", "nameZh", "nameEn", "storyZh", "storyEn", "status",
                         "approvedAt", "createdAt", "searchTokens", "searchPinyin")
     SELECT "id" || $2, "villageId", "ownerId" || $2, "slug" || $2, "nameZh" || $3, "nameEn" || ' ' || $3,
            "storyZh", "storyEn", "status", "approvedAt", "createdAt", "searchTokens", "searchPinyin"
     FROM "Shop" WHERE "villageId" = $1 AND "id" NOT LIKE '%\\_s%'`,
    [villageId, s, k],
  );
  await client.query(
    `INSERT INTO "Product" ("id", "shopId", "categoryId", "titleZh", "titleEn", "priceFen", "stock", "unit", "status",
                            "createdAt", "updatedAt", "searchTokens", "searchPinyin", "soldCount")
     SELECT p."id" || $2, p."shopId" || $2, p."categoryId", p."titleZh", p."titleEn", p."priceFen", p."stock", p."unit",
            p."status", p."createdAt", p."updatedAt", p."searchTokens", p."searchPinyin", p."soldCount"
     FROM "Product" p JOIN "Shop" sh ON sh."id" = p."shopId" WHERE sh."villageId" = $1 AND sh."id" NOT LIKE '%\\_s%'`,
    [villageId, s],
  );
}

async function copyOrders(client: pg.Client, n: number, shopSet: number) {
  const o = suffix("o", n);
  const s = suffix("s", shopSet);
  const originals = `NOT LIKE '%\\_o%'`;
  await client.query(
    `INSERT INTO "Order" ("id", "number", "buyerId", "status", "totalFen", "currency", "recipientName", "recipientPhone",
                          "province", "city", "addressLine", "postalCode", "createdAt", "paidAt", "expiresAt",
                          "cancelledAt", "cancelReason")
     SELECT "id" || $1, "number" || $1, "buyerId", "status", "totalFen", "currency", "recipientName", "recipientPhone",
            "province", "city", "addressLine", "postalCode", "createdAt", "paidAt", "expiresAt", "cancelledAt", "cancelReason"
     FROM "Order" WHERE "id" ${originals}`,
    [o],
  );
  await client.query(
    `INSERT INTO "ShopOrder" ("id", "orderId", "shopId", "status", "subtotalFen", "commissionFen", "payoutFen",
                              "refundedFen", "refundedCommissionFen", "courier", "trackingNumber", "createdAt", "paidAt",
                              "shippedAt", "deliveredAt")
     SELECT "id" || $1, "orderId" || $1, "shopId" || $2, "status", "subtotalFen", "commissionFen", "payoutFen",
            "refundedFen", "refundedCommissionFen", "courier", "trackingNumber", "createdAt", "paidAt", "shippedAt", "deliveredAt"
     FROM "ShopOrder" WHERE "id" ${originals}`,
    [o, s],
  );
  await client.query(
    `INSERT INTO "OrderItem" ("id", "shopOrderId", "productId", "titleZh", "titleEn", "unitPriceFen", "quantity",
                              "lineTotalFen", "refundedQuantity")
     SELECT "id" || $1, "shopOrderId" || $1, "productId" || $2, "titleZh", "titleEn", "unitPriceFen", "quantity",
            "lineTotalFen", "refundedQuantity"
     FROM "OrderItem" WHERE "id" ${originals}`,
    [o, s],
  );
  await client.query(
    `INSERT INTO "Payout" ("id", "shopOrderId", "shopId", "amountFen", "refundedFen", "status", "transferredFen",
                           "createdAt", "transferredAt")
     SELECT "id" || $1, "shopOrderId" || $1, "shopId" || $2, "amountFen", "refundedFen", "status", "transferredFen",
            "createdAt", "transferredAt"
     FROM "Payout" WHERE "id" ${originals}`,
    [o, s],
  );
}

export async function scaleUpVillage(
  url: string,
  options: { targetOrders: number; shopCopies: number; log: (line: string) => void },
): Promise<{ rebuildMs: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const village = await client.query<{ id: string }>(
      `SELECT "id" FROM "Village" ORDER BY "createdAt" LIMIT 1`,
    );
    const villageId = village.rows[0]?.id;
    if (!villageId) throw new Error("no village to scale up: seed the demo data first");
    const counted = await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "Order"`);
    const demoOrders = Number(counted.rows[0]?.n ?? 0);
    const copies = Math.max(0, Math.ceil(options.targetOrders / demoOrders) - 1);
    const started = Date.now();
    await client.query("BEGIN");
    // A throwaway copy of rows already checked once: no foreign-key checks and no rollup triggers
    // (replica mode needs a superuser; elsewhere only the rollups are paused), then one rebuild.
    await client.query(`SELECT set_config('xiaying.sales_rollups', 'off', true)`);
    const su = await client.query<{ rolsuper: boolean }>(
      "SELECT rolsuper FROM pg_roles WHERE rolname = current_user",
    );
    if (su.rows[0]?.rolsuper) await client.query("SET LOCAL session_replication_role = replica");
    for (let k = 1; k < options.shopCopies; k++) await copyShops(client, villageId, k);
    for (let n = 1; n <= copies; n++) {
      await copyOrders(client, n, n % options.shopCopies);
      if (n % 10 === 0 || n === copies) options.log(`copied the orders ${n} of ${copies} times`);
    }
    const rebuildStarted = Date.now();
    await client.query(`ANALYZE "ShopOrder", "OrderItem", "Shop", "Product"`);
    await client.query("SELECT rebuild_sales_rollups()");
    const rebuildMs = Date.now() - rebuildStarted;
    await client.query("COMMIT");
    options.log(
      `scaled up in ${((Date.now() - started) / 1000).toFixed(0)} s (rollups rebuilt in ${rebuildMs} ms)`,
    );
    await client.query("VACUUM ANALYZE");
    return { rebuildMs };
  } finally {
    await client.end();
  }
}
