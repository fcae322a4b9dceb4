// Every change of a shop's status leaves a history row in the same transaction, naming who made it.
import { beforeAll, describe, expect, it } from "vitest";
import { signUpSeller } from "@/lib/accounts/sign-up-seller";
import { db } from "@/lib/db/client";
import { approveShop, reinstateShop, suspendShop } from "@/lib/shops/moderate";
import { backfillStatusHistory } from "@/prisma/seed/title-history";
import { createShopInHousehold } from "../support/admin-factories";
import { createHousehold, createUser, createVillage, unique } from "../support/factories";

let villageId: string;
let householdCode: string;

beforeAll(async () => {
  villageId = (await createVillage()).id;
  householdCode = (await createHousehold(villageId)).code;
});

const history = (shopId: string) =>
  db.shopStatusChange.findMany({
    where: { shopId },
    orderBy: { at: "asc" },
    select: { fromStatus: true, toStatus: true, byUserId: true, at: true },
  });

async function signUp() {
  const result = await signUpSeller({
    name: "郭明凤",
    phone: "13800001234",
    email: `${unique("seller")}@example.test`,
    password: "long enough",
    householdCode,
    shopNameZh: "明凤绿松石",
    shopNameEn: "Mingfeng Turquoise",
    story: "我家三代做绿松石。",
  });
  if (!result.ok || !result.data.shopId) throw new Error("sign-up failed");
  return { shopId: result.data.shopId, userId: result.data.userId };
}

describe("the shop status history", () => {
  it("records sign-up by the seller, then approval, suspension and reinstatement by the admin", async () => {
    const { shopId, userId } = await signUp();
    const admin = await createUser("ADMIN", { villageId });
    expect((await approveShop(admin.id, { shopId })).ok).toBe(true);
    expect((await suspendShop(admin.id, { shopId })).ok).toBe(true);
    expect((await reinstateShop(admin.id, { shopId })).ok).toBe(true);
    const rows = await history(shopId);
    expect(rows.map(({ fromStatus, toStatus, byUserId }) => ({ fromStatus, toStatus, byUserId }))).toEqual([
      { fromStatus: null, toStatus: "PENDING", byUserId: userId },
      { fromStatus: "PENDING", toStatus: "ACTIVE", byUserId: admin.id },
      { fromStatus: "ACTIVE", toStatus: "SUSPENDED", byUserId: admin.id },
      { fromStatus: "SUSPENDED", toStatus: "ACTIVE", byUserId: admin.id },
    ]);
    const shop = await db.shop.findUniqueOrThrow({ where: { id: shopId } });
    expect(rows[1]?.at).toEqual(shop.approvedAt);
  });

  it("writes nothing when the move is refused: another village's admin, a wrong status, a buyer", async () => {
    const { shopId } = await signUp();
    const stranger = await createUser("ADMIN", { villageId: (await createVillage()).id });
    const buyer = await createUser("BUYER");
    const admin = await createUser("ADMIN", { villageId });
    expect((await approveShop(stranger.id, { shopId })).ok).toBe(false);
    expect((await approveShop(buyer.id, { shopId })).ok).toBe(false);
    expect((await suspendShop(admin.id, { shopId })).ok).toBe(false); // still pending
    expect((await approveShop(admin.id, { shopId: "" })).ok).toBe(false);
    expect((await history(shopId)).map((row) => row.toStatus)).toEqual(["PENDING"]);
  });

  it("back-fills shops a bulk load wrote without history, once, leaving the others alone", async () => {
    const { shopId } = await signUp();
    const household = (await createHousehold(villageId)).id;
    const { shop } = await createShopInHousehold(villageId, household, "ACTIVE");
    expect(await backfillStatusHistory(db)).toBeGreaterThanOrEqual(1);
    expect(await history(shop.id)).toEqual([
      { fromStatus: null, toStatus: "ACTIVE", byUserId: null, at: shop.approvedAt },
    ]);
    expect(await history(shopId)).toHaveLength(1);
    await backfillStatusHistory(db);
    expect(await history(shop.id)).toHaveLength(1);
  });
});
