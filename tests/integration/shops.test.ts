import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { shopStatusCounts, villageShops } from "@/lib/shops/admin-list";
import { approveShop, reinstateShop, suspendShop } from "@/lib/shops/moderate";
import { beijing, createOrder } from "../support/admin-factories";
import { createHousehold, createProduct, createShop, createUser, createVillage } from "../support/factories";

let villageId: string;
let adminId: string;

beforeEach(async () => {
  villageId = (await createVillage()).id;
  adminId = (await createUser("ADMIN", { villageId })).id;
});

const statusOf = async (shopId: string) =>
  (await db.shop.findUniqueOrThrow({ where: { id: shopId } })).status;

describe("approve, suspend and reinstate", () => {
  it("approve makes a pending shop active and records when", async () => {
    const { shop } = await createShop({ villageId, status: "PENDING" });
    expect(await approveShop(adminId, { shopId: shop.id })).toEqual({ ok: true });
    const after = await db.shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(after.status).toBe("ACTIVE");
    expect(after.approvedAt).toBeInstanceOf(Date);
  });

  it("suspend, then reinstate", async () => {
    const { shop } = await createShop({ villageId, status: "ACTIVE" });
    expect(await suspendShop(adminId, { shopId: shop.id })).toEqual({ ok: true });
    expect(await statusOf(shop.id)).toBe("SUSPENDED");
    expect(await reinstateShop(adminId, { shopId: shop.id })).toEqual({ ok: true });
    expect(await statusOf(shop.id)).toBe("ACTIVE");
  });

  it.each<[string, (u: string | null, i: unknown) => Promise<unknown>, ShopStatus]>([
    ["approve an active shop", approveShop, "ACTIVE"],
    ["approve a suspended shop", approveShop, "SUSPENDED"],
    ["suspend a pending shop", suspendShop, "PENDING"],
    ["reinstate an active shop", reinstateShop, "ACTIVE"],
  ])("refuses to %s and changes nothing", async (_, action, status) => {
    const { shop } = await createShop({ villageId, status });
    expect(await action(adminId, { shopId: shop.id })).toEqual({ ok: false, error: "wrong_status" });
    expect(await statusOf(shop.id)).toBe(status);
  });

  it.each<[string, (u: string | null, i: unknown) => Promise<unknown>, ShopStatus]>([
    ["approve", approveShop, "PENDING"],
    ["suspend", suspendShop, "ACTIVE"],
    ["reinstate", reinstateShop, "SUSPENDED"],
  ])(
    "refuses to %s for a buyer, a seller, the shop's owner and a signed-out caller, changing nothing",
    async (_, action, status) => {
      const { shop, owner } = await createShop({ villageId, status });
      const buyer = await createUser("BUYER");
      const seller = await createUser("SELLER", { householdId: (await createHousehold(villageId)).id });
      for (const [caller, error] of [
        [buyer.id, "forbidden"],
        [seller.id, "forbidden"],
        [owner.id, "forbidden"],
        [null, "not_signed_in"],
        ["no-such-user", "not_signed_in"],
      ] as const) {
        expect(await action(caller, { shopId: shop.id })).toEqual({ ok: false, error });
      }
      const after = await db.shop.findUniqueOrThrow({ where: { id: shop.id } });
      expect(after).toMatchObject({ status, approvedAt: shop.approvedAt });
    },
  );

  it("refuses the admin of another village as if the shop did not exist, changing nothing", async () => {
    const other = await createShop({ status: "PENDING" }); // its own new village
    const activeElsewhere = await createShop({ villageId: other.villageId, status: "ACTIVE" });
    expect(await approveShop(adminId, { shopId: other.shop.id })).toEqual({ ok: false, error: "not_found" });
    expect(await suspendShop(adminId, { shopId: activeElsewhere.shop.id })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await statusOf(other.shop.id)).toBe("PENDING");
    expect(await statusOf(activeElsewhere.shop.id)).toBe("ACTIVE");
  });

  it("refuses an admin with no village", async () => {
    const { shop } = await createShop({ villageId, status: "PENDING" });
    const drifter = await createUser("ADMIN");
    expect(await approveShop(drifter.id, { shopId: shop.id })).toEqual({ ok: false, error: "forbidden" });
    expect(await statusOf(shop.id)).toBe("PENDING");
  });

  it.each([
    ["an unknown id", { shopId: "c000000000000000000000000" }, "not_found"],
    ["an empty id", { shopId: "" }, "invalid_input"],
    ["a too long id", { shopId: "x".repeat(65) }, "invalid_input"],
    ["a number", { shopId: 42 }, "invalid_input"],
    ["no input", undefined, "invalid_input"],
  ])("refuses %s", async (_, input, error) => {
    const { shop } = await createShop({ villageId, status: "PENDING" });
    expect(await approveShop(adminId, input)).toMatchObject({ ok: false, error });
    expect(await statusOf(shop.id)).toBe("PENDING");
  });
});

describe("the admin's shop list", () => {
  it("lists the village's shops pending first, with owner, household, products and paid sales", async () => {
    const household = await createHousehold(villageId, true);
    const active = await createShop({ villageId, status: "ACTIVE" });
    const pending = await createShop({ villageId, status: "PENDING" });
    const suspended = await createShop({ villageId, status: "SUSPENDED" });
    await db.user.update({ where: { id: active.owner.id }, data: { householdId: household.id } });
    await createShop({ status: "PENDING" }); // another village: never listed
    const product = await createProduct(active.shop.id);
    await createProduct(active.shop.id, { status: "ARCHIVED" });
    const buyer = await createUser("BUYER");
    const item = { productId: product.id, unitPriceFen: 12_345, quantity: 2 };
    await createOrder(buyer.id, beijing("2025-03-01 10:00"), [
      { shopId: active.shop.id, status: "DELIVERED", items: [item] },
    ]);
    await createOrder(buyer.id, beijing("2025-03-02 10:00"), [
      { shopId: active.shop.id, status: "CANCELLED", items: [item] },
    ]);
    await createOrder(buyer.id, null, [{ shopId: active.shop.id, status: "PENDING_PAYMENT", items: [item] }]);

    const rows = await villageShops(villageId, null, 1);
    expect(rows.map((row) => row.id)).toEqual([pending.shop.id, active.shop.id, suspended.shop.id]);
    expect(rows[1]).toMatchObject({
      owner: { name: active.owner.name },
      household: { code: household.code, formerlyPoor: true },
      productCount: 1,
      paidSalesFen: 24_690,
    });
    expect((await villageShops(villageId, "PENDING", 1)).map((row) => row.id)).toEqual([pending.shop.id]);
    expect(await shopStatusCounts(villageId)).toEqual({ PENDING: 1, ACTIVE: 1, SUSPENDED: 1 });
  });
});
