// Synthetic orders for `npm run bench:title`: a village the size of Xiaying in 2019 (500 shops in
// 139 of 339 households) and paid parcels spread over the twelve months before `now`, with a Double 11
// peak, couriers and shipping times. Plain SQL (generate_series), so a million rows load in seconds;
// only the columns the title, household and courier figures read are filled in.
import type pg from "pg";

export const VILLAGE_ID = "bench-village";
export const ADMIN_ID = "bench-admin";
const SHOPS = 500;
const HOUSEHOLDS = 339;
const SELLING_HOUSEHOLDS = 139;
const FORMERLY_POOR = 179;

export async function createVillage(client: pg.Client, now: Date): Promise<void> {
  const opened = new Date(now.getTime() - 3 * 365 * 86_400_000).toISOString();
  await client.query(`
    INSERT INTO "Village" (id, slug, "nameZh", "nameEn", "countyZh", "countyEn")
      VALUES ('${VILLAGE_ID}', 'bench', '下营村', 'Xiaying', '郧西县', 'Yunxi');
    INSERT INTO "User" (id, email, "passwordHash", name, role, "villageId")
      VALUES ('${ADMIN_ID}', 'admin@bench.test', 'x', 'admin', 'ADMIN', '${VILLAGE_ID}'),
             ('bench-buyer', 'buyer@bench.test', 'x', 'buyer', 'BUYER', NULL);
    INSERT INTO "Household" (id, "villageId", code, "headName", "formerlyPoor")
      SELECT 'h' || i, '${VILLAGE_ID}', 'B-' || i, '户主', i <= ${FORMERLY_POOR}
      FROM generate_series(1, ${HOUSEHOLDS}) i;
    INSERT INTO "User" (id, email, "passwordHash", name, role, "householdId")
      SELECT 'seller' || i, 'seller' || i || '@bench.test', 'x', 'seller', 'SELLER',
             'h' || (1 + (i * 7) % ${SELLING_HOUSEHOLDS})
      FROM generate_series(1, ${SHOPS}) i;
    INSERT INTO "Shop" (id, "villageId", "ownerId", slug, "nameZh", "nameEn", "storyZh", "storyEn", status, "approvedAt")
      SELECT 's' || i, '${VILLAGE_ID}', 'seller' || i, 'bench-' || i, '店', 'Shop', '', '', 'ACTIVE', '${opened}'
      FROM generate_series(1, ${SHOPS}) i;
    INSERT INTO "ShopStatusChange" (id, "shopId", "fromStatus", "toStatus", "at")
      SELECT 'c' || i, 's' || i, NULL, 'ACTIVE', '${opened}' FROM generate_series(1, ${SHOPS}) i;
    INSERT INTO "IncomeLine" (id, "villageId", year, "perPersonFen")
      SELECT 'l' || y, '${VILLAGE_ID}', y, 400000 + (y - 2020) * 25000 FROM generate_series(2018, 2030) y;
    INSERT INTO "HouseholdIncome" (id, "householdId", year, "perPersonFen")
      SELECT 'i' || h || '-' || y, 'h' || h, y, 350000 + ((h * 37 + y * 11) % 200) * 1000
      FROM generate_series(1, ${FORMERLY_POOR}) h, generate_series(2018, 2030) y;`);
}

const COURIERS = ["SF", "JD", "EMS", "ZTO", "YTO", "STO", "YUNDA", "JT", "DEPPON", "BEST", "ZJS"];

/**
 * Parcels numbered from `from` to `to` (one order each), paid over the 365 days before `now`: one in
 * twenty in 1–11 November, one in fifty refunded in full, every one shipped 2–72 hours after payment.
 */
export async function addParcels(client: pg.Client, now: Date, from: number, to: number): Promise<void> {
  // The last Double 11 that is over: 1 November, Beijing midnight (16:00 UTC the day before).
  const year = now.getUTCFullYear();
  const thisYears = Date.UTC(year, 9, 31, 16);
  const festival = new Date(
    now.getTime() > thisYears + 11 * 86_400_000 ? thisYears : Date.UTC(year - 1, 9, 31, 16),
  );
  const couriers = `(ARRAY[${COURIERS.map((c) => `'${c}'`).join(",")}])`;
  await client.query(`
    CREATE TEMP TABLE IF NOT EXISTS bench_parcels (n bigint, paid timestamp, subtotal int, shop text);
    TRUNCATE bench_parcels;
    INSERT INTO bench_parcels
      SELECT n,
             CASE WHEN n % 20 = 0
               THEN '${festival.toISOString()}'::timestamp + ((n * 7919) % (11 * 86400)) * interval '1 second'
               ELSE '${now.toISOString()}'::timestamp - ((n * 104729) % (365 * 86400)) * interval '1 second'
             END,
             1000 + (n * 31) % 40000,
             's' || (1 + (n * 13) % ${SHOPS})
      FROM generate_series(${from}::bigint, ${to}::bigint) n;
    INSERT INTO "Order" (id, number, "buyerId", status, "totalFen", "recipientName", "recipientPhone", province, city, "addressLine", "createdAt", "paidAt")
      SELECT 'o' || n, 'B' || n, 'bench-buyer', 'PAID', subtotal, 'n', '13800000000', '湖北省', '十堰市', '下营村', paid, paid
      FROM bench_parcels;
    INSERT INTO "ShopOrder" (id, "orderId", "shopId", status, "subtotalFen", "commissionFen", "payoutFen", "refundedFen", courier, "trackingNumber", "createdAt", "paidAt", "shippedAt")
      SELECT 'so' || n, 'o' || n, shop,
             (CASE WHEN n % 50 = 0 THEN 'REFUNDED' ELSE 'DELIVERED' END)::"ShopOrderStatus",
             subtotal, subtotal / 20, subtotal - subtotal / 20,
             CASE WHEN n % 50 = 0 THEN subtotal ELSE 0 END,
             ${couriers}[1 + n % ${COURIERS.length}], 'T' || n, paid, paid,
             paid + (2 + (n * 17) % 70) * interval '1 hour'
      FROM bench_parcels;`);
  // As autovacuum leaves a table after a load: statistics, and the visibility map the active-shop
  // probes' index-only scans rely on (without it each probe visits the heap). Its own statement:
  // VACUUM cannot run in the multi-statement string above.
  await client.query("VACUUM ANALYZE");
}
