// AliResearch's active shop on its boundaries, read from the status history of a past year: 2024,
// cut off at 1 January 2025 00:00 Beijing, the three months before it being October to December.
import { beforeAll, describe, expect, it } from "vitest";
import { activeShopsAt, householdsSelling } from "@/lib/village/active-shops";
import { beijing } from "../support/admin-factories";
import { createHousehold, createUser, createVillage } from "../support/factories";
import { paidParcels, shopWithHistory } from "../support/title-factories";

const CUTOFF = beijing("2025-01-01 00:00");
const DAY = 24 * 60 * 60 * 1000;
const daysBefore = (days: number) => new Date(CUTOFF.getTime() - days * DAY);
const LONG_AGO = beijing("2023-06-01 09:00");
/** One paid order in each of October, November and December 2024. */
const MONTHLY = [beijing("2024-10-08 10:00"), beijing("2024-11-11 00:05"), beijing("2024-12-31 23:59")];

let villageId: string;
let buyerId: string;
const shops: Record<string, string> = {};

async function shop(name: string, changes: Parameters<typeof shopWithHistory>[1], paid: Date[], extra = {}) {
  const made = await shopWithHistory(villageId, changes, extra);
  await paidParcels(buyerId, made, paid);
  shops[name] = made.shop.id;
  return made;
}

beforeAll(async () => {
  villageId = (await createVillage()).id;
  buyerId = (await createUser("BUYER")).id;
  const open = (at: Date): [["ACTIVE", Date]] => [["ACTIVE", at]];

  await shop("open30Days", open(daysBefore(30)), [daysBefore(3)]);
  await shop("open29Days", open(daysBefore(29)), MONTHLY);
  await shop("threeOrders", open(LONG_AGO), MONTHLY);
  await shop("twoOrders", open(LONG_AGO), MONTHLY.slice(1));
  // The third order was paid a minute before October: outside the three months.
  await shop("thirdOrderInSeptember", open(LONG_AGO), [beijing("2024-09-30 23:59"), ...MONTHLY.slice(1)]);
  const refunded = await shop("oneRefundedInFull", open(LONG_AGO), MONTHLY.slice(1));
  await paidParcels(buyerId, refunded, [MONTHLY[0] as Date], "REFUNDED");
  // Open 47 of the window's 92 days (from 15 November): 1.5 months, so two orders are needed.
  await shop("openSinceMidNovemberOneOrder", open(beijing("2024-11-15 00:00")), [
    beijing("2024-12-01 10:00"),
  ]);
  await shop("openSinceMidNovemberTwoOrders", open(beijing("2024-11-15 00:00")), MONTHLY.slice(1));
  // Active today, but suspended over the new year: not active then.
  await shop(
    "suspendedAtCutoff",
    [
      ["PENDING", LONG_AGO],
      ["ACTIVE", LONG_AGO],
      ["SUSPENDED", beijing("2024-12-20 12:00")],
      ["ACTIVE", beijing("2025-02-01 12:00")],
    ],
    [...MONTHLY.slice(0, 2), beijing("2024-12-05 10:00")],
  );
  // Suspended today, but open and selling through 2024: active then.
  await shop(
    "suspendedSince",
    [
      ["ACTIVE", LONG_AGO],
      ["SUSPENDED", beijing("2025-03-01 09:00")],
    ],
    MONTHLY,
  );
  await shop("pending", [["PENDING", LONG_AGO]], MONTHLY);
});

describe("an active shop (AliResearch: open 30 days, one order a month over the last three)", () => {
  it("counts exactly the shops that pass both rules at the cut-off", async () => {
    const active = await activeShopsAt(villageId, CUTOFF);
    const names = Object.entries(shops)
      .filter(([, id]) => active.some((a) => a.shopId === id))
      .map(([name]) => name)
      .sort();
    expect(names).toEqual(
      ["open30Days", "openSinceMidNovemberTwoOrders", "suspendedSince", "threeOrders"].sort(),
    );
  });

  it("needs 30 days open: a day later the shop opened 29 days before counts too", async () => {
    const later = new Date(CUTOFF.getTime() + DAY);
    const active = await activeShopsAt(villageId, later);
    expect(active.map((a) => a.shopId)).toContain(shops.open29Days);
  });
});

describe("households selling", () => {
  it("counts a household once however many of its members' shops are active, and its poverty flag", async () => {
    const village = (await createVillage()).id;
    const poor = await createHousehold(village, true);
    const other = await createHousehold(village, false);
    const opened: [["ACTIVE", Date]] = [["ACTIVE", LONG_AGO]];
    for (const householdId of [poor.id, poor.id, other.id]) {
      const made = await shopWithHistory(village, opened, { householdId });
      await paidParcels(buyerId, made, MONTHLY);
    }
    const idle = await shopWithHistory(village, opened, { formerlyPoor: true });
    await paidParcels(buyerId, idle, MONTHLY.slice(2));
    const active = await activeShopsAt(village, CUTOFF);
    expect(active).toHaveLength(3);
    expect(householdsSelling(active)).toEqual({ all: 2, formerlyPoor: 1 });
  });
});
