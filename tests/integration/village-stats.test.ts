import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { refundShopOrder } from "@/lib/payments/refunds";
import { villageShops } from "@/lib/shops/admin-list";
import { activeShopsAt } from "@/lib/village/active-shops";
import { salesByCategory, splitByKind } from "@/lib/village/categories";
import { villageExportCsv } from "@/lib/village/export";
import { festivalSales } from "@/lib/village/festival";
import { villageOverview } from "@/lib/village/overview";
import { participation } from "@/lib/village/participation";
import { last12MonthsPeriod, yearPeriod } from "@/lib/village/period";
import { salesByShop } from "@/lib/village/shop-sales";
import { salesByMonth, salesTotals } from "@/lib/village/stats";
import { checkTaobaoVillage } from "@/lib/village/title";
import { beijing, createOrder, createShopInHousehold } from "../support/admin-factories";
import {
  createCategory,
  createHousehold,
  createProduct,
  createShop,
  createUser,
  createVillage,
} from "../support/factories";
import { createBuyer, payTestOrder, placeTestOrder } from "../support/store-factories";

// A fresh village with every kind of order that must and must not count. The figures for 2024
// (Beijing time) are written out by hand below each order.
let villageId: string;
let shopA: string;
let shopB: string;
let shopC: string;

beforeAll(async () => {
  const village = await createVillage();
  villageId = village.id;
  const h1 = await createHousehold(villageId, true);
  const h2 = await createHousehold(villageId, false);
  const h3 = await createHousehold(villageId, true);
  const h4 = await createHousehold(villageId, false);
  for (let i = 0; i < 6; i++) await createHousehold(villageId, i < 2); // 10 households, 4 formerly poor
  const crafts = await createCategory("CRAFTS");
  const tea = await createCategory("AGRICULTURE");
  const mushrooms = await createCategory("AGRICULTURE");

  const a = await createShopInHousehold(villageId, h1.id, "ACTIVE");
  const b = await createShopInHousehold(villageId, h2.id, "ACTIVE");
  const c = await createShopInHousehold(villageId, h1.id, "ACTIVE"); // second seller of household 1
  const d = await createShopInHousehold(villageId, h3.id, "PENDING");
  const e = await createShopInHousehold(villageId, h4.id, "SUSPENDED");
  shopA = a.shop.id;
  shopB = b.shop.id;
  shopC = c.shop.id;
  // Their status history, which the active-shop rule reads: A, B and C open since June 2023, E open
  // then suspended in May 2024, D never approved.
  for (const [shop, changes] of [
    [a.shop, [["ACTIVE", "2023-06-01 09:00"]]],
    [b.shop, [["ACTIVE", "2023-06-01 09:00"]]],
    [c.shop, [["ACTIVE", "2023-06-01 09:00"]]],
    [
      e.shop,
      [
        ["ACTIVE", "2023-06-01 09:00"],
        ["SUSPENDED", "2024-05-01 09:00"],
      ],
    ],
  ] as const) {
    let fromStatus: "ACTIVE" | "SUSPENDED" | null = null;
    for (const [toStatus, at] of changes) {
      await db.shopStatusChange.create({ data: { shopId: shop.id, fromStatus, toStatus, at: beijing(at) } });
      fromStatus = toStatus;
    }
  }
  const a1 = await createProduct(shopA, { categoryId: crafts.id, priceFen: 10_000 });
  const b1 = await createProduct(shopB, { categoryId: tea.id, priceFen: 5_000 });
  const b2 = await createProduct(shopB, { categoryId: mushrooms.id, priceFen: 8_800 });
  const c1 = await createProduct(shopC, { categoryId: crafts.id, priceFen: 30_000 });
  const d1 = await createProduct(d.shop.id, { categoryId: crafts.id });
  const e1 = await createProduct(e.shop.id, { categoryId: tea.id });
  const buyer = await createUser("BUYER");
  const item = (productId: string, unitPriceFen: number, quantity: number) => ({
    productId,
    unitPriceFen,
    quantity,
  });

  // Counted in 2024:
  await createOrder(buyer.id, beijing("2024-01-15 10:00"), [
    { shopId: shopA, status: "PAID", items: [item(a1.id, 10_000, 2)] }, // 20 000
    { shopId: shopB, status: "DELIVERED", items: [item(b1.id, 5_000, 3)] }, // 15 000
  ]);
  await createOrder(buyer.id, beijing("2024-03-01 01:00"), [
    { shopId: shopB, status: "PAID", items: [item(b2.id, 8_800, 1)] }, // 8 800, March in Beijing, February in UTC
  ]);
  await createOrder(buyer.id, beijing("2024-11-11 00:30"), [
    { shopId: shopB, status: "SHIPPED", items: [item(b2.id, 8_800, 1)] }, // 8 800, 10 Nov in UTC
  ]);
  await createOrder(buyer.id, beijing("2024-11-03 09:00"), [
    { shopId: shopC, status: "DELIVERED", items: [item(c1.id, 30_000, 1)] }, // 30 000
    { shopId: shopA, status: "PAID", items: [item(a1.id, 10_000, 1)] }, // 10 000
  ]);
  await createOrder(buyer.id, beijing("2024-11-11 20:00"), [
    { shopId: shopA, status: "PAID", items: [item(a1.id, 10_000, 5)] }, // 50 000
  ]);
  await createOrder(buyer.id, beijing("2024-11-12 00:05"), [
    { shopId: shopB, status: "PAID", items: [item(b1.id, 5_000, 2)] }, // 10 000, after Double 11 (11 Nov in UTC)
  ]);
  await createOrder(buyer.id, beijing("2024-12-31 23:30"), [
    { shopId: shopB, status: "PAID", items: [item(b1.id, 5_000, 1)] }, // 5 000
  ]);

  // Not counted in 2024:
  await createOrder(buyer.id, beijing("2025-01-01 00:10"), [
    { shopId: shopA, status: "PAID", items: [item(a1.id, 10_000, 1)] }, // 2025 in Beijing, 2024 in UTC
  ]);
  await createOrder(buyer.id, beijing("2023-12-31 23:59"), [
    { shopId: shopA, status: "PAID", items: [item(a1.id, 10_000, 7)] },
  ]);
  await createOrder(buyer.id, null, [
    { shopId: shopA, status: "PENDING_PAYMENT", items: [item(a1.id, 10_000, 9)] },
  ]);
  await createOrder(buyer.id, beijing("2024-11-05 12:00"), [
    { shopId: shopC, status: "CANCELLED", items: [item(c1.id, 30_000, 4)] },
  ]);
  await createOrder(buyer.id, beijing("2024-06-01 12:00"), [
    { shopId: d.shop.id, status: "PENDING_PAYMENT", items: [item(d1.id, 10_000, 1)] },
    { shopId: e.shop.id, status: "CANCELLED", items: [item(e1.id, 10_000, 1)] },
  ]);
  const elsewhere = await createShop();
  const x1 = await createProduct(elsewhere.shop.id, { categoryId: crafts.id });
  await createOrder(buyer.id, beijing("2024-11-11 12:00"), [
    { shopId: elsewhere.shop.id, status: "PAID", items: [item(x1.id, 10_000, 99)] },
  ]);
});

const GMV_2024 = 20_000 + 15_000 + 8_800 + 8_800 + 30_000 + 10_000 + 50_000 + 10_000 + 5_000;

describe("village sales figures equal the sums of the paid orders behind them", () => {
  const period = yearPeriod(2024);

  it("GMV, orders and parcels count only the village's paid shop orders in the period", async () => {
    expect(await salesTotals(villageId, period)).toEqual({
      grossSalesFen: GMV_2024,
      refundsFen: 0,
      salesFen: GMV_2024,
      orders: 7,
      parcels: 9,
    });
  });

  it("sales by month, in Beijing months, add up to the GMV", async () => {
    const months = await salesByMonth(villageId, period);
    expect(months.map((m) => m.month)).toEqual([
      "2024-01",
      "2024-02",
      "2024-03",
      "2024-04",
      "2024-05",
      "2024-06",
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      "2024-11",
      "2024-12",
    ]);
    const nonZero = months.filter((m) => m.salesFen > 0);
    expect(nonZero).toEqual([
      { month: "2024-01", salesFen: 35_000, orders: 1 },
      { month: "2024-03", salesFen: 8_800, orders: 1 },
      { month: "2024-11", salesFen: 108_800, orders: 4 },
      { month: "2024-12", salesFen: 5_000, orders: 1 },
    ]);
    expect(months.reduce((sum, m) => sum + m.salesFen, 0)).toBe(GMV_2024);
  });

  it("category split from item lines equals the GMV from shop-order subtotals", async () => {
    const categories = await salesByCategory(villageId, period);
    expect(categories.map((c) => [c.kind, c.salesFen, c.units])).toEqual([
      ["CRAFTS", 110_000, 9],
      ["AGRICULTURE", 30_000, 6],
      ["AGRICULTURE", 17_600, 2],
    ]);
    const kinds = splitByKind(categories);
    expect(kinds).toEqual({ agricultureFen: 47_600, craftsFen: 110_000 });
    expect(kinds.agricultureFen + kinds.craftsFen).toBe(GMV_2024);
  });

  it("shops ranked by paid sales, adding up to the GMV", async () => {
    const shops = await salesByShop(villageId, period, null);
    expect(shops.map((s) => [s.id, s.salesFen, s.parcels])).toEqual([
      [shopA, 80_000, 3],
      [shopB, 47_600, 5],
      [shopC, 30_000, 1],
    ]);
    expect(shops.reduce((sum, s) => sum + s.salesFen, 0)).toBe(GMV_2024);
    expect((await salesByShop(villageId, period, 2)).map((s) => s.id)).toEqual([shopA, shopB]);
  });

  it("Double 11 counts 1–11 November Beijing time and finds the peak day", async () => {
    const festival = await festivalSales(villageId, period, new Date("2025-06-01T00:00:00Z"));
    expect(festival.salesFen).toBe(30_000 + 10_000 + 8_800 + 50_000);
    expect(festival.orders).toBe(3);
    expect(festival.peak).toEqual({ day: "2024-11-11", salesFen: 58_800 });
    expect(festival.days).toHaveLength(11);
    expect(festival.days.find((d) => d.day === "2024-11-03")?.salesFen).toBe(40_000);
    expect(festival.days.reduce((sum, d) => sum + d.salesFen, 0)).toBe(festival.salesFen);
    expect(festival.started).toBe(true);
  });

  it("a Double 11 that has not come yet says so and shows nothing", async () => {
    const festival = await festivalSales(villageId, yearPeriod(2024), new Date("2024-10-01T00:00:00Z"));
    expect(festival.started).toBe(false);
  });

  it("a period with no sales is all zeros", async () => {
    expect(await salesTotals(villageId, yearPeriod(2022))).toEqual({
      grossSalesFen: 0,
      refundsFen: 0,
      salesFen: 0,
      orders: 0,
      parcels: 0,
    });
    expect((await festivalSales(villageId, yearPeriod(2022), new Date())).peak).toBeNull();
  });
});

describe("who takes part", () => {
  it("counts the shops active at the period's end by the title's rule, as /admin/title does", async () => {
    // October to December 2024: B has 3 paid parcels (one a month on average), A 2 and C 1; E is
    // suspended, D never opened. So one shop, of household 2 (not formerly poor).
    const end = yearPeriod(2024).end;
    expect(await participation(villageId, yearPeriod(2024), new Date("2025-06-01T00:00:00Z"))).toEqual({
      at: end,
      activeShops: 1,
      households: 10,
      householdsSelling: 1,
      formerlyPoorHouseholds: 4,
      formerlyPoorSelling: 0,
    });
    expect((await activeShopsAt(villageId, end)).map((shop) => shop.shopId)).toEqual([shopB]);
  });

  it("counts a period still running at the end of today, not at its end", async () => {
    const now = new Date("2024-11-20T04:00:00Z"); // 20 November, noon in Beijing
    const people = await participation(villageId, yearPeriod(2024), now);
    expect(people.at).toEqual(beijing("2024-11-21 00:00"));
    // From 21 August to 20 November A and B have 2 paid parcels each and C 1: none is active yet.
    expect(people).toMatchObject({ activeShops: 0, householdsSelling: 0 });
    expect(people.activeShops).toBe((await activeShopsAt(villageId, people.at)).length);
  });
});

describe("the whole page for a period", () => {
  it("a past year with sales is offered and picked; the current year is not offered", async () => {
    const overview = await villageOverview(villageId, "2024", new Date("2025-06-01T00:00:00Z"));
    expect(overview?.pastYears).toEqual([2024, 2023]);
    expect(overview?.period.key).toBe("2024");
    expect(overview?.totals.salesFen).toBe(GMV_2024);
    expect(overview?.kinds.agricultureFen).toBe(47_600);
    expect(overview?.title.met).toBe(false);
    expect(overview?.title.householdsMet).toBe(true); // 1 of 10 households sells: the 10% line
    expect(overview?.participation.activeShops).toBe(1);
    expect(overview?.title.salesGapFen).toBe(1_000_000_000 - GMV_2024);
  });

  it("an unknown period falls back to this year", async () => {
    const overview = await villageOverview(villageId, "1999", new Date("2025-06-01T00:00:00Z"));
    expect(overview?.period.key).toBe("this-year");
    expect(overview?.totals.salesFen).toBe(10_000); // the order paid 1 January 2025, Beijing time
    expect(overview?.months).toHaveLength(6);
  });

  it("the last 12 months run from the same month last year to this one", async () => {
    const now = new Date("2025-01-15T00:00:00Z");
    const period = last12MonthsPeriod(now);
    expect(period.months[0]).toBe("2024-02");
    expect(period.months[11]).toBe("2025-01");
    expect(period.festivalYear).toBe(2024);
    expect((await salesTotals(villageId, period)).salesFen).toBe(GMV_2024 - 35_000 + 10_000);
  });

  it("the village meets the title when sales and one of shops or households reach the lines", async () => {
    await db.village.update({ where: { id: villageId }, data: { titleSalesTargetFen: BigInt(GMV_2024) } });
    const overview = await villageOverview(villageId, "2024", new Date("2025-06-01T00:00:00Z"));
    expect(overview?.title).toMatchObject({
      met: true,
      salesMet: true,
      shopsMet: false,
      householdsMet: true,
    });
    await db.village.update({
      where: { id: villageId },
      data: { titleSalesTargetFen: BigInt(1_000_000_000) },
    });
  });
});

describe("refunds", () => {
  it("lower net sales, the breakdowns and the title meter, but not gross sales", async () => {
    const village = await createVillage();
    // Only the sales line is at stake here: with no shop line, the title is met exactly when sales
    // are (these brand-new shops are not active by AliResearch's rule; active-shops.test.ts is).
    await db.village.update({
      where: { id: village.id },
      data: { titleSalesTargetFen: BigInt(30_000), titleShopTarget: 0 },
    });
    const teaShop = await createShopInHousehold(village.id, (await createHousehold(village.id)).id, "ACTIVE");
    const craftShop = await createShopInHousehold(
      village.id,
      (await createHousehold(village.id)).id,
      "ACTIVE",
    );
    const tea = await createProduct(teaShop.shop.id, {
      categoryId: (await createCategory("AGRICULTURE")).id,
      priceFen: 3_000,
    });
    const bracelet = await createProduct(craftShop.shop.id, {
      categoryId: (await createCategory("CRAFTS")).id,
      priceFen: 20_000,
    });
    const buyer = await createBuyer();
    const orderId = await placeTestOrder(buyer.id, [
      { productId: tea.id, quantity: 4 }, // 12 000
      { productId: bracelet.id, quantity: 1 }, // 20 000
    ]);
    expect(await payTestOrder(buyer.id, orderId)).toBe("paid");
    const now = new Date();
    const before = await villageOverview(village.id, undefined, now);
    expect(before?.totals).toMatchObject({ grossSalesFen: 32_000, refundsFen: 0, salesFen: 32_000 });
    expect(before?.title).toMatchObject({ salesMet: true, met: true });

    // The admin gives back one box of tea, and the whole bracelet parcel.
    const admin = await createUser("ADMIN", { villageId: village.id });
    const parcels = await db.shopOrder.findMany({ where: { orderId }, include: { items: true } });
    for (const [productId, quantity] of [
      [tea.id, 1],
      [bracelet.id, 1],
    ] as const) {
      const parcel = parcels.find((p) => p.items[0]?.productId === productId);
      const refunded = await refundShopOrder(admin.id, {
        shopOrderId: parcel?.id,
        lines: [{ orderItemId: parcel?.items[0]?.id, quantity }],
      });
      expect(refunded.ok).toBe(true);
    }

    const after = await villageOverview(village.id, undefined, now);
    const net = 32_000 - 3_000 - 20_000;
    expect(after?.totals).toEqual({
      grossSalesFen: 32_000,
      refundsFen: 23_000,
      salesFen: net,
      orders: 1,
      parcels: 2,
    });
    expect(after?.title).toMatchObject({ salesMet: false, met: false, salesGapFen: 30_000 - net });
    expect(after?.months.reduce((sum, m) => sum + m.salesFen, 0)).toBe(net);
    expect(after?.kinds).toEqual({ agricultureFen: net, craftsFen: 0 });
    expect(after?.categories.find((c) => c.kind === "AGRICULTURE")).toMatchObject({
      salesFen: net,
      units: 3,
    });
    expect(after?.topShops.map((shop) => [shop.id, shop.salesFen, shop.parcels])).toEqual([
      [teaShop.shop.id, net, 1],
      [craftShop.shop.id, 0, 1], // refunded in full, still one paid parcel
    ]);
    const shopRows = await villageShops(village.id, "ACTIVE", 1);
    expect(new Map(shopRows.map((row) => [row.id, row.paidSalesFen]))).toEqual(
      new Map([
        [teaShop.shop.id, net],
        [craftShop.shop.id, 0],
      ]),
    );
    const csv = await villageExportCsv(village.id, undefined, {
      locale: "en",
      label: (key) => key,
      periodLabel: () => "",
    });
    const summary = csv?.csv.split("\r\n").filter((line) => line.startsWith("summary,"));
    expect(summary).toEqual(
      expect.arrayContaining([
        "summary,grossSales,,1,,32000,320.00",
        "summary,refunds,,,,23000,230.00",
        `summary,total,,1,,${net},90.00`,
      ]),
    );
  });
});

describe("the Taobao-village rule", () => {
  const base = { salesTargetFen: 100, shopTarget: 100, households: 339 };
  it.each([
    { salesFen: 100, activeShops: 100, householdsSelling: 0, met: true },
    { salesFen: 100, activeShops: 99, householdsSelling: 34, met: true }, // 34/339 = 10.03%
    { salesFen: 100, activeShops: 99, householdsSelling: 33, met: false }, // 33/339 = 9.7%
    { salesFen: 99, activeShops: 500, householdsSelling: 339, met: false },
  ])("sales $salesFen, shops $activeShops, households $householdsSelling → $met", (row) => {
    expect(checkTaobaoVillage({ ...base, ...row }).met).toBe(row.met);
  });
});
