// The ledger of formerly impoverished households: aggregates only, small groups withheld.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { householdLedger } from "@/lib/village/households";
import { beijing } from "../support/admin-factories";
import { createHousehold, createUser, createVillage } from "../support/factories";
import { paidParcels, shopWithHistory } from "../support/title-factories";

const NOW = beijing("2025-03-15 12:00");
const MONTHLY = [beijing("2024-10-08 10:00"), beijing("2024-11-11 00:05"), beijing("2024-12-31 23:59")];
let villageId: string;
let adminId: string;

beforeAll(async () => {
  villageId = (await createVillage()).id;
  adminId = (await createUser("ADMIN", { villageId })).id;
  const buyer = (await createUser("BUYER")).id;
  const opened: [["ACTIVE", Date]] = [["ACTIVE", beijing("2023-06-01 09:00")]];
  const poor: string[] = [];
  // Six formerly poor households selling 3 × ¥10, three others selling 3 × ¥20: half the sales each.
  for (let i = 0; i < 6; i++) {
    const shop = await shopWithHistory(villageId, opened, { formerlyPoor: true });
    await paidParcels(buyer, shop, MONTHLY, "PAID", 1_000);
    poor.push(shop.householdId);
  }
  for (let i = 0; i < 3; i++) {
    const shop = await shopWithHistory(villageId, opened, { formerlyPoor: false });
    await paidParcels(buyer, shop, MONTHLY, "DELIVERED", 2_000);
  }
  for (let i = 0; i < 6; i++) poor.push((await createHousehold(villageId, true)).id);
  await db.incomeLine.createMany({
    data: [
      { villageId, year: 2023, perPersonFen: 374_700 },
      { villageId, year: 2024, perPersonFen: 400_000 },
    ],
  });
  // 2024: seven above the line, five below. Of the seven, three were exactly on the 2023 line.
  const incomes = poor.flatMap((householdId, i) => {
    const rows = [{ householdId, year: 2024, perPersonFen: i < 7 ? 410_000 : 390_000 }];
    if (i < 7) rows.push({ householdId, year: 2023, perPersonFen: i < 3 ? 374_700 : 380_000 });
    return rows;
  });
  await db.householdIncome.createMany({ data: incomes });
});

describe("the household ledger", () => {
  it("shows the groups of five or more and withholds the rest, with what is derived from them", async () => {
    const ledger = await householdLedger(adminId, "2024", NOW);
    expect(ledger?.current).toMatchObject({
      households: 15,
      formerlyPoor: { shown: true, value: 12 },
      selling: { shown: true, value: 6 },
      salesFen: { shown: true, value: 18_000 },
      salesShareBps: { shown: true, value: 5_000 },
      incomeRecorded: { shown: true, value: 12 },
      aboveLine: { shown: true, value: 7 },
      movedAbove: { shown: false },
      lineFen: 400_000,
    });
    // 2023 had no sales, and of its seven incomes on record four were above that year's line.
    expect(ledger?.previous).toMatchObject({
      formerlyPoor: { shown: true, value: 12 },
      selling: { shown: false },
      salesFen: { shown: false },
      salesShareBps: { shown: false },
      incomeRecorded: { shown: true, value: 7 },
      aboveLine: { shown: false },
      lineFen: 374_700,
    });
    expect(JSON.stringify(ledger)).not.toContain('"value":3');
  });

  it("withholds a count whose complement is small: 12 formerly poor, 9 of them selling, names 3", async () => {
    const buyer = (await createUser("BUYER")).id;
    const idle = await db.household.findMany({
      where: { villageId, formerlyPoor: true, members: { none: {} } },
      take: 3,
    });
    for (const household of idle) {
      const opened: [["ACTIVE", Date]] = [["ACTIVE", beijing("2023-06-01 09:00")]];
      const shop = await shopWithHistory(villageId, opened, { householdId: household.id });
      await paidParcels(buyer, shop, MONTHLY);
    }
    const ledger = await householdLedger(adminId, "2024", NOW);
    expect(ledger?.current.selling).toEqual({ shown: false });
    expect(ledger?.current.salesShareBps.shown).toBe(true);
  });

  it("is only for the village's admin", async () => {
    const seller = await createUser("SELLER");
    expect(await householdLedger(seller.id, "2024", NOW)).toBeNull();
    const otherAdmin = await createUser("ADMIN", { villageId: (await createVillage()).id });
    expect((await householdLedger(otherAdmin.id, "2024", NOW))?.current.formerlyPoor).toEqual({
      shown: false,
    });
  });
});
