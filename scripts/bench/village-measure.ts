// One database's figures, timed in this process the way the pages call them (run by village.ts with
// DATABASE_URL set, so lib/db/client connects to it): the admin page's data, the CSV export, the
// money page and the seller home of the village's busiest shop. Prints one JSON line.
import { performance } from "node:perf_hooks";
import { encode } from "next-auth/jwt";
import { newSessionClaims } from "@/lib/auth/session-policy";
import { db } from "@/lib/db/client";
import { getSellerHome } from "@/lib/seller/home";
import { getPayoutSummary } from "@/lib/seller/payouts";
import { activeShopsAt } from "@/lib/village/active-shops";
import { villageExportCsv } from "@/lib/village/export";
import { villageMoney } from "@/lib/village/money";
import { villageOverview } from "@/lib/village/overview";
import { yearsWithSales } from "@/lib/village/years";

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

/** Median and best of `rounds` warm runs: on a shared machine the best shows the work itself. */
async function timed(run: () => Promise<unknown>): Promise<{ median: number; best: number }> {
  await run(); // warm: plans cached, pages in memory
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, best: times[0] ?? 0 };
}

/**
 * A session cookie of the village's admin (or of the given user), made the way next-auth makes it
 * after a sign-in, for the HTTP part of the bench (village-http.ts).
 */
async function sessionCookie(idOrVillage: string, role?: "ADMIN"): Promise<string | null> {
  const user = role
    ? await db.user.findFirst({ where: { role, villageId: idOrVillage }, orderBy: { createdAt: "asc" } })
    : await db.user.findUnique({ where: { id: idOrVillage } });
  if (!user) return null;
  // The token our jwt callback (lib/auth/options.ts) returns at sign-in; that module itself does not
  // load outside Next (next-auth's providers are CommonJS). A wrong token fails the HTTP check loudly.
  const token = {
    sub: user.id,
    name: user.name,
    email: user.email,
    ...newSessionClaims(user.sessionVersion),
  };
  return encode({ token, secret: process.env.NEXTAUTH_SECRET ?? "" });
}

async function main() {
  const [village] = await db.$queryRaw<{ id: string }[]>`
    SELECT "villageId" AS "id" FROM "Shop" GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1`;
  const [busiest] = await db.$queryRaw<{ ownerId: string }[]>`
    SELECT s."ownerId" FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
    GROUP BY s."ownerId" ORDER BY COUNT(*) DESC LIMIT 1`;
  if (!village || !busiest) throw new Error("no village with orders in this database");
  const [counts] = await db.$queryRaw<{ orders: bigint; shopOrders: bigint; items: bigint; shops: bigint }[]>`
    SELECT (SELECT COUNT(*) FROM "Order") AS "orders", (SELECT COUNT(*) FROM "ShopOrder") AS "shopOrders",
           (SELECT COUNT(*) FROM "OrderItem") AS "items", (SELECT COUNT(*) FROM "Shop") AS "shops"`;
  const label = (key: string) => key;
  const admin = await db.user.findFirst({
    where: { role: "ADMIN", villageId: village.id },
    orderBy: { createdAt: "asc" },
  });
  const figures = {
    admin: await timed(() => villageOverview(village.id, undefined)),
    csv: await timed(() =>
      villageExportCsv(village.id, undefined, { locale: "zh-CN", label, periodLabel: (o) => o.period.key }),
    ),
    money: await timed(() => villageMoney(admin?.id ?? null, undefined)),
    seller: await timed(() =>
      Promise.all([getSellerHome(busiest.ownerId), getPayoutSummary(busiest.ownerId)]),
    ),
    years: await timed(() => yearsWithSales(village.id)),
    // What a page pays when the kept active-shop count of its cut-off was just invalidated (a
    // status change, a refund or a payment that moved a shop across the rule): the rule from scratch.
    activeMiss: await timed(() => activeShopsAt(village.id, new Date())),
  };
  console.log(
    JSON.stringify({
      sessions: {
        admin: await sessionCookie(village.id, "ADMIN"),
        seller: await sessionCookie(busiest.ownerId),
      },
      figures,
      orders: Number(counts?.orders),
      shopOrders: Number(counts?.shopOrders),
      items: Number(counts?.items),
      shops: Number(counts?.shops),
    }),
  );
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
