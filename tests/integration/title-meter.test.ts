// The title meter of a year and the same stretch of the year before, and who may read it.
import { beforeAll, describe, expect, it } from "vitest";
import { titleMeter } from "@/lib/village/title-meter";
import { beijing } from "../support/admin-factories";
import { createHousehold, createUser, createVillage } from "../support/factories";
import { paidParcels, shopWithHistory } from "../support/title-factories";

const NOW = beijing("2025-03-15 12:00");
let villageId: string;
let adminId: string;

beforeAll(async () => {
  villageId = (await createVillage()).id;
  adminId = (await createUser("ADMIN", { villageId })).id;
  const buyer = (await createUser("BUYER")).id;
  const shop = await shopWithHistory(villageId, [["ACTIVE", beijing("2023-06-01 09:00")]]);
  for (let i = 0; i < 9; i++) await createHousehold(villageId); // 10 households, 1 selling: exactly 10%
  await paidParcels(buyer, shop, [
    beijing("2023-10-10 10:00"),
    beijing("2023-11-10 10:00"),
    beijing("2023-12-10 10:00"),
    beijing("2024-03-10 10:00"), // within 1 January – 15 March 2024
    beijing("2024-03-20 10:00"), // after 15 March 2024
    beijing("2024-10-08 10:00"),
    beijing("2024-11-11 00:05"), // Double 11, Beijing time (10 November in UTC)
    beijing("2024-12-31 23:59"),
    beijing("2025-03-01 10:00"),
  ]);
});

describe("the title meter", () => {
  it("measures a past year against the year before it, with its Double 11", async () => {
    const meter = await titleMeter(adminId, "2024", NOW);
    expect(meter?.village.years).toEqual([2025, 2024, 2023]);
    const current = meter?.current;
    expect(current).toMatchObject({
      salesFen: 5_000,
      activeShops: 1,
      households: 10,
      householdsSelling: 1,
      check: { salesMet: false, shopsMet: false, householdsMet: true, met: false, salesGapFen: 999_995_000 },
    });
    expect(current?.window).toMatchObject({ year: 2024, complete: true, end: beijing("2025-01-01 00:00") });
    expect(current?.festival).toMatchObject({
      salesFen: 1_000,
      peak: { day: "2024-11-11", salesFen: 1_000 },
    });
    expect(meter?.previous).toMatchObject({ salesFen: 3_000, activeShops: 1, householdsSelling: 1 });
    expect(meter?.previous.window).toMatchObject({ year: 2023, end: beijing("2024-01-01 00:00") });
    expect(meter?.previous.festival).toMatchObject({ salesFen: 1_000, peak: { day: "2023-11-10" } });
  });

  it("defaults to this year so far, compared with the same days of last year", async () => {
    const meter = await titleMeter(adminId, undefined, NOW);
    expect(meter?.current.window).toMatchObject({
      year: 2025,
      complete: false,
      end: beijing("2025-03-16 00:00"),
    });
    // One order since mid-December: not an order a month any more.
    expect(meter?.current).toMatchObject({ salesFen: 1_000, activeShops: 0, householdsSelling: 0 });
    expect(meter?.previous.window).toMatchObject({ year: 2024, end: beijing("2024-03-16 00:00") });
    expect(meter?.previous.salesFen).toBe(1_000);
  });

  it("falls back to this year for a year the picker does not offer", async () => {
    for (const year of ["2019", "2026", "20245", "x"]) {
      expect((await titleMeter(adminId, year, NOW))?.current.window.year).toBe(2025);
    }
  });

  it("is only for the village's admin: other roles get nothing, another village's admin their own", async () => {
    const buyer = await createUser("BUYER");
    const seller = await createUser("SELLER");
    const noVillage = await createUser("ADMIN");
    for (const user of [buyer, seller, noVillage]) expect(await titleMeter(user.id, "2024", NOW)).toBeNull();
    expect(await titleMeter(null, "2024", NOW)).toBeNull();
    const otherVillage = (await createVillage()).id;
    const otherAdmin = await createUser("ADMIN", { villageId: otherVillage });
    const theirs = await titleMeter(otherAdmin.id, "2024", NOW);
    expect(theirs?.village.id).toBe(otherVillage);
    expect(theirs?.current).toMatchObject({ salesFen: 0, activeShops: 0, households: 0 });
  });
});
