// The courier board: parcels per courier in a month of shipments (Beijing time), share, median hours.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { courierBoard } from "@/lib/village/couriers";
import { beijing } from "../support/admin-factories";
import { createUser, createVillage } from "../support/factories";
import { paidParcels, shopWithHistory } from "../support/title-factories";

const NOW = beijing("2025-01-10 12:00");
const HOUR = 60 * 60 * 1000;
let villageId: string;
let adminId: string;

beforeAll(async () => {
  villageId = (await createVillage()).id;
  adminId = (await createUser("ADMIN", { villageId })).id;
  const buyer = (await createUser("BUYER")).id;
  const shop = await shopWithHistory(villageId, [["ACTIVE", beijing("2023-06-01 09:00")]]);
  const ship = async (courier: string | null, paid: string, hours: number) => {
    const [order] = await paidParcels(buyer, shop, [beijing(paid)], courier ? "SHIPPED" : "PAID");
    if (!order || !courier) return;
    const shippedAt = new Date(beijing(paid).getTime() + hours * HOUR);
    await db.shopOrder.updateMany({
      where: { orderId: order.id },
      data: { courier, trackingNumber: "T1", shippedAt },
    });
  };
  await ship("SF", "2024-11-03 10:00", 2);
  await ship("SF", "2024-11-11 00:05", 4);
  await ship("SF", "2024-11-30 13:30", 10); // shipped 23:30 on 30 November, Beijing: November
  await ship("JD", "2024-11-12 08:00", 1);
  await ship("JD", "2024-11-20 08:00", 3);
  await ship("JD", "2024-11-30 19:10", 5); // shipped 00:10 on 1 December, Beijing: December
  await ship(null, "2024-11-15 08:00", 0); // paid, not shipped
  await ship("EMS", "2023-11-11 09:00", 6);
});

describe("the courier board", () => {
  it("counts a month's parcels per courier with their share and median hours, against a year before", async () => {
    const board = await courierBoard(adminId, "2024-11", NOW);
    expect(board?.current).toMatchObject({ parcels: 5, medianHours: 3 });
    expect(board?.current.lines).toEqual([
      { courier: "SF", parcels: 3, shareBps: 6_000, medianHours: 4 },
      { courier: "JD", parcels: 2, shareBps: 4_000, medianHours: 2 },
    ]);
    expect(board?.previous).toMatchObject({ parcels: 1, medianHours: 6 });
    expect(board?.previous.month.key).toBe("2023-11");
    expect(board?.months.map((m) => m.key)).toHaveLength(12);
  });

  it("puts a parcel shipped after midnight Beijing time in the next month", async () => {
    const board = await courierBoard(adminId, "2024-12", NOW);
    expect(board?.current.lines).toEqual([{ courier: "JD", parcels: 1, shareBps: 10_000, medianHours: 5 }]);
  });

  it("shows this month for a month in the future or not offered, and an empty month as nothing", async () => {
    for (const month of ["2025-02", "2019-11", "2024-13", "x"]) {
      const board = await courierBoard(adminId, month, NOW);
      expect(board?.current.month.key).toBe("2025-01");
      expect(board?.current).toMatchObject({ parcels: 0, medianHours: null, lines: [] });
    }
    const thisMonth = await courierBoard(adminId, undefined, NOW);
    expect(thisMonth?.months.map((m) => m.key)).toEqual(["2025-01"]);
    // This month so far (to 10 January) against the same days of January 2024.
    expect(thisMonth?.current.month).toMatchObject({ soFar: true, end: beijing("2025-01-11 00:00") });
    expect(thisMonth?.previous.month).toMatchObject({ key: "2024-01", end: beijing("2024-01-11 00:00") });
  });

  it("is only for the village's admin", async () => {
    const buyer = await createUser("BUYER");
    expect(await courierBoard(buyer.id, "2024-11", NOW)).toBeNull();
    const otherAdmin = await createUser("ADMIN", { villageId: (await createVillage()).id });
    expect((await courierBoard(otherAdmin.id, "2024-11", NOW))?.current.parcels).toBe(0);
  });
});
