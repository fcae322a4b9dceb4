// The rollups every village and seller figure is read from, against the same sums computed from
// scratch over the raw rows, after random order histories replayed on the real database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { activeCountsAt } from "@/lib/village/active-counts";
import { activeShopsAt, householdsSelling } from "@/lib/village/active-shops";
import { pauseSalesRollups, rebuildSalesRollups } from "@/lib/village/rollups/rebuild";
import { repairSalesRollups, salesRollupDifferences } from "@/lib/village/rollups/repair";
import { createCategory, createProduct, createShop, createUser, createVillage } from "../support/factories";
import { type Random, runStep, STEPS, seededRandom, type World } from "../support/order-history";
import { rollupSums, scratchSums } from "../support/rollup-oracle";

/**
 * A village of four shops and one shop of a neighbouring village that shares some checkouts, each
 * open since 2024 in its own household, two of them formerly poor.
 */
async function makeWorld() {
  const village = await createVillage();
  const neighbour = await createVillage();
  const categoryIds = [
    (await createCategory("CRAFTS")).id,
    (await createCategory("AGRICULTURE")).id,
    (await createCategory("AGRICULTURE")).id,
  ];
  const shops: World["shops"] = [];
  for (const villageId of [village.id, village.id, village.id, village.id, neighbour.id]) {
    const { shop, household } = await createShop({ villageId });
    await db.shopStatusChange.create({ data: { shopId: shop.id, toStatus: "ACTIVE", at: OPENED } });
    if (shops.length % 2 === 0)
      await db.household.update({ where: { id: household.id }, data: { formerlyPoor: true } });
    const productIds: string[] = [];
    for (const categoryId of categoryIds.slice(0, 2)) {
      productIds.push((await createProduct(shop.id, { categoryId, stock: 1_000 })).id);
    }
    shops.push({ id: shop.id, productIds });
  }
  const buyerIds = [(await createUser("BUYER")).id, (await createUser("BUYER")).id];
  return { world: { buyerIds, shops, categoryIds }, villageIds: [village.id, neighbour.id] };
}

const OPENED = new Date("2024-06-01T00:00:00.000Z");
// Beijing midnights after, between and long after the history's payment times (order-history.ts).
const CUTOFFS = ["2025-01-31", "2025-02-28", "2025-03-01", "2025-05-31", "2025-11-11", "2025-12-31"].map(
  (day) => new Date(`${day}T16:00:00.000Z`),
);

/** The kept active-shop counts (read, so filled when missing) against the rule from scratch. */
async function activeCounts(villageId: string) {
  const kept = [];
  const scratch = [];
  for (const cutoff of CUTOFFS) {
    kept.push(await activeCountsAt(villageId, cutoff));
    const active = await activeShopsAt(villageId, cutoff);
    const selling = householdsSelling(active);
    scratch.push({
      activeShops: active.length,
      householdsSelling: selling.all,
      formerlyPoorSelling: selling.formerlyPoor,
    });
  }
  return { kept, scratch };
}

async function expectExact(villageIds: string[], when: string) {
  for (const villageId of villageIds) {
    expect(await rollupSums(villageId), `${when}, village ${villageId}`).toEqual(
      await scratchSums(villageId),
    );
    const { kept, scratch } = await activeCounts(villageId);
    expect(kept, `${when}, active shops of village ${villageId}`).toEqual(scratch);
  }
}

const WEIGHTS: [(typeof STEPS)[number], number][] = [
  ["checkout", 5],
  ["paid-order", 2],
  ["pay", 5],
  ["ship", 3],
  ["deliver", 2],
  ["refund-part", 3],
  ["refund-whole", 2],
  ["cancel-or-expire", 2],
  ["recategorise", 1],
  ["release", 2],
  ["transfer", 4],
  ["reverse", 1],
  ["status", 1],
];
const TOTAL_WEIGHT = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);

function drawStep(random: Random) {
  let roll = random.next() * TOTAL_WEIGHT;
  for (const [step, weight] of WEIGHTS) {
    roll -= weight;
    if (roll < 0) return step;
  }
  return "checkout" as const;
}

describe("sales rollups", () => {
  it("equal the from-scratch sums after every stretch of a random order history", async () => {
    const { world, villageIds } = await makeWorld();
    const random = seededRandom(20261201);
    const seen = new Set<string>();
    for (let i = 1; i <= 240; i++) {
      const step = drawStep(random);
      seen.add(step);
      await runStep(world, random, step);
      if (i % 40 === 0) await expectExact(villageIds, `after step ${i} (${step})`);
    }
    expect([...seen].sort()).toEqual([...STEPS].sort());
    // Shops came and went: the counts differ between the cut-offs.
    const { scratch } = await activeCounts(villageIds[0] ?? "");
    expect(new Set(scratch.map((counts) => counts.activeShops)).size).toBeGreaterThan(1);
    const before = await scratchSums(villageIds[0] ?? "");
    // Something to check: the history paid, refunded and cancelled real money.
    expect(before.days.length).toBeGreaterThan(5);
    expect(before.categories.length).toBeGreaterThan(5);
    expect(before.dayShipments.length).toBeGreaterThan(5);
    expect(before.money.length).toBeGreaterThan(5);
    // Payouts sent and refunds of sent payouts, some reversed by the provider and some not yet.
    const [reversals] = await db.$queryRaw<{ made: bigint; pending: bigint }[]>`
      SELECT COUNT(*) FILTER (WHERE "reversalRef" IS NOT NULL) AS "made",
             COUNT(*) FILTER (WHERE "reversalRef" IS NULL) AS "pending"
      FROM "Refund" WHERE "reversalFen" > 0`;
    expect(Number(reversals?.made)).toBeGreaterThan(0);
    expect(Number(reversals?.pending)).toBeGreaterThan(0);
    // The embedded database answers one statement at a time: a few thousand take longer there.
  }, 120_000);

  it("do not move when the transaction that changed the orders rolls back", async () => {
    const { world, villageIds } = await makeWorld();
    const random = seededRandom(7);
    for (let i = 0; i < 40; i++) await runStep(world, random, i % 3 === 0 ? "checkout" : "paid-order");
    const before = await Promise.all(villageIds.map(rollupSums));
    // The active counts kept before the rollbacks must still be the rule's answer after them.
    await expectExact(villageIds, "before the rollbacks");
    for (const step of [
      "pay",
      "refund-part",
      "refund-whole",
      "recategorise",
      "ship",
      "release",
      "transfer",
      "reverse",
      "status",
    ] as const) {
      await expect(
        db.$transaction(async (tx) => {
          await runStep(world, random, step, tx);
          throw new Error("changed my mind");
        }),
      ).rejects.toThrow("changed my mind");
    }
    expect(await Promise.all(villageIds.map(rollupSums))).toEqual(before);
    await expectExact(villageIds, "after the rollbacks");
  }, 60_000);

  it("come back the same from a rebuild from scratch", async () => {
    const { world, villageIds } = await makeWorld();
    const random = seededRandom(99);
    for (let i = 0; i < 60; i++) await runStep(world, random, drawStep(random));
    const kept = await Promise.all(villageIds.map(rollupSums));
    await db.$transaction((tx) => rebuildSalesRollups(tx));
    expect(await Promise.all(villageIds.map(rollupSums))).toEqual(kept);
    await expectExact(villageIds, "after the rebuild");
  }, 60_000);

  it("are found out and rebuilt by the nightly repair when a bulk load skipped them", async () => {
    const { world, villageIds } = await makeWorld();
    const shop = world.shops[0];
    if (!shop) throw new Error("no shop");
    // A parcel paid today written with the triggers off, and no rebuild after.
    await db.$transaction(async (tx) => {
      await pauseSalesRollups(tx);
      await tx.order.create({
        data: {
          number: `XY-${shop.id}`,
          buyerId: world.buyerIds[0] ?? "",
          status: "PAID",
          totalFen: 4_200,
          recipientName: "收件人",
          recipientPhone: "13800000000",
          province: "湖北省",
          city: "十堰市",
          addressLine: "下营村",
          paidAt: new Date(),
          shopOrders: {
            create: {
              shopId: shop.id,
              status: "PAID",
              subtotalFen: 4_200,
              payoutFen: 4_200,
              paidAt: new Date(),
              items: {
                create: {
                  productId: shop.productIds[0] ?? "",
                  titleZh: "商品",
                  titleEn: "Item",
                  unitPriceFen: 4_200,
                  quantity: 1,
                  lineTotalFen: 4_200,
                },
              },
            },
          },
        },
      });
    });
    expect(await salesRollupDifferences()).toBeGreaterThan(0);
    expect((await repairSalesRollups()).rebuilt).toBe(true);
    expect(await salesRollupDifferences()).toBe(0);
    await expectExact(villageIds, "after the repair");
    expect(await repairSalesRollups()).toEqual({ differences: 0, rebuilt: false });
  });
});
