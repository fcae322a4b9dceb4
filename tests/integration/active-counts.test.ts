// The active-shop counts the pages read (kept per cut-off) against AliResearch's rule applied from
// scratch, at several cut-offs, while the history under them changes: a late refund of a past
// period, a suspension dated before a cut-off, a household's flag, a busy shop's payment.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { activeCountsAt } from "@/lib/village/active-counts";
import { activeShopsAt, householdsSelling } from "@/lib/village/active-shops";
import { beijing } from "../support/admin-factories";
import { createUser, createVillage } from "../support/factories";
import { paidParcels, shopWithHistory } from "../support/title-factories";

const LONG_AGO = beijing("2023-06-01 09:00");
const NEW_YEAR = beijing("2025-01-01 00:00");
const CUTOFFS = [
  beijing("2024-10-01 00:00"),
  beijing("2024-12-15 00:00"),
  NEW_YEAR,
  beijing("2025-03-01 00:00"),
];
const MONTHLY = [beijing("2024-10-08 10:00"), beijing("2024-11-11 00:05"), beijing("2024-12-31 23:59")];

let villageId: string;
let buyerId: string;
let shops: Awaited<ReturnType<typeof shopWithHistory>>[];

async function fromScratch(cutoff: Date) {
  const active = await activeShopsAt(villageId, cutoff);
  const selling = householdsSelling(active);
  return {
    activeShops: active.length,
    householdsSelling: selling.all,
    formerlyPoorSelling: selling.formerlyPoor,
  };
}

async function expectSameAsRule(when: string) {
  for (const cutoff of CUTOFFS) {
    expect(await activeCountsAt(villageId, cutoff), `${when}, cut-off ${cutoff.toISOString()}`).toEqual(
      await fromScratch(cutoff),
    );
  }
}

const kept = (cutoff: Date) =>
  db.villageActiveCount.findUnique({ where: { villageId_cutoff: { villageId, cutoff } } });

beforeAll(async () => {
  villageId = (await createVillage()).id;
  buyerId = (await createUser("BUYER")).id;
  const open: [["ACTIVE", Date]] = [["ACTIVE", LONG_AGO]];
  shops = [
    await shopWithHistory(villageId, open, { formerlyPoor: true }),
    await shopWithHistory(villageId, open),
    await shopWithHistory(villageId, open, { formerlyPoor: true }),
  ];
  const [exactlyThree, busy, two] = shops;
  if (!exactlyThree || !busy || !two) throw new Error("shops not made");
  await paidParcels(buyerId, exactlyThree, MONTHLY);
  await paidParcels(buyerId, busy, [...MONTHLY, ...MONTHLY]);
  await paidParcels(buyerId, two, MONTHLY.slice(1));
});

describe("the kept active-shop counts", () => {
  it("are the rule's answer at every cut-off, and are kept", async () => {
    await expectSameAsRule("at first");
    expect(await activeCountsAt(villageId, NEW_YEAR)).toEqual({
      activeShops: 2,
      householdsSelling: 2,
      formerlyPoorSelling: 1,
    });
    expect(await kept(NEW_YEAR)).not.toBeNull();
  });

  it("change when a parcel of a past period is refunded in full later", async () => {
    const [exactlyThree] = shops;
    const parcel = await db.shopOrder.findFirstOrThrow({
      where: { shopId: exactlyThree?.shop.id, paidAt: MONTHLY[0] },
    });
    await db.shopOrder.update({ where: { id: parcel.id }, data: { status: "REFUNDED", refundedFen: 1_000 } });
    await expectSameAsRule("after the late refund");
    expect((await activeCountsAt(villageId, NEW_YEAR)).activeShops).toBe(1);
  });

  it("stay when a busy shop sells once more, and follow a new order that lifts a shop to the rule", async () => {
    const [, busy, two] = shops;
    if (!busy || !two) throw new Error("shops not made");
    const before = await kept(NEW_YEAR);
    await paidParcels(buyerId, busy, [beijing("2024-12-01 08:00")]);
    expect(await kept(NEW_YEAR)).toEqual(before);
    await paidParcels(buyerId, two, [beijing("2024-12-02 08:00")]);
    expect(await kept(NEW_YEAR)).toBeNull();
    await expectSameAsRule("after the new orders");
  });

  it("follow a suspension dated before a cut-off, and the shop's reopening", async () => {
    const [, busy] = shops;
    if (!busy) throw new Error("shops not made");
    await db.shopStatusChange.create({
      data: {
        shopId: busy.shop.id,
        fromStatus: "ACTIVE",
        toStatus: "SUSPENDED",
        at: beijing("2024-12-20 12:00"),
      },
    });
    await expectSameAsRule("after the suspension");
    expect(await kept(beijing("2024-12-15 00:00"))).not.toBeNull();
    await db.shopStatusChange.create({
      data: {
        shopId: busy.shop.id,
        fromStatus: "SUSPENDED",
        toStatus: "ACTIVE",
        at: beijing("2025-02-01 12:00"),
      },
    });
    await expectSameAsRule("after the reopening");
  });

  it("follow a household's formerly-poor flag and a seller moving household", async () => {
    const [exactlyThree, busy, two] = shops;
    if (!exactlyThree || !busy || !two) throw new Error("shops not made");
    await db.household.update({ where: { id: two.householdId }, data: { formerlyPoor: false } });
    await expectSameAsRule("after the flag");
    await db.user.update({ where: { id: busy.owner.id }, data: { householdId: two.householdId } });
    await expectSameAsRule("after the move");
  });

  it("are never filled from a snapshot that misses a payment still being committed", async () => {
    // Two orders left in its three months since the late refund: a third makes it active.
    const [exactlyThree] = shops;
    if (!exactlyThree) throw new Error("shops not made");
    const cutoff = beijing("2025-01-02 00:00");
    CUTOFFS.push(cutoff);
    const before = await fromScratch(cutoff);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let written = () => {};
    const wrote = new Promise<void>((resolve) => {
      written = resolve;
    });
    // A payment that lifts a shop to the rule, its transaction held open after the write.
    const payment = db.$transaction(
      async (tx) => {
        const order = await tx.order.create({
          data: {
            number: `XY-race-${cutoff.getTime()}`,
            buyerId,
            status: "PAID",
            totalFen: 1_000,
            recipientName: "收件人",
            recipientPhone: "13800000000",
            province: "湖北省",
            city: "十堰市",
            addressLine: "下营村",
            paidAt: beijing("2024-12-03 08:00"),
          },
        });
        await tx.shopOrder.create({
          data: {
            orderId: order.id,
            shopId: exactlyThree.shop.id,
            status: "PAID",
            subtotalFen: 1_000,
            payoutFen: 1_000,
            paidAt: beijing("2024-12-03 08:00"),
          },
        });
        written();
        await held;
      },
      { timeout: 30_000 },
    );
    await wrote;
    // The first read of the cut-off starts while the payment is uncommitted; it must wait for it.
    const read = activeCountsAt(villageId, cutoff);
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await payment;
    const after = await fromScratch(cutoff);
    expect(after.activeShops).toBe(before.activeShops + 1);
    expect(await read).toEqual(after);
    expect(await activeCountsAt(villageId, cutoff)).toEqual(after);
  });

  it("are computed afresh after a rebuild", async () => {
    await db.$executeRaw`SELECT rebuild_sales_rollups()`;
    expect(await kept(NEW_YEAR)).toBeNull();
    await expectSameAsRule("after the rebuild");
  });
});
