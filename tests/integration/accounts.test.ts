import { beforeAll, describe, expect, it } from "vitest";
import { roleHome, safeCallbackPath } from "@/lib/accounts/callback";
import { signUpBuyer } from "@/lib/accounts/sign-up-buyer";
import { signUpSeller } from "@/lib/accounts/sign-up-seller";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { createHousehold, createUser, createVillage, unique } from "../support/factories";

let villageId: string;
let householdCode: string;

beforeAll(async () => {
  villageId = (await createVillage()).id;
  householdCode = (await createHousehold(villageId, true)).code;
});

const counts = async () => ({ users: await db.user.count(), shops: await db.shop.count() });

const buyerInput = () => ({
  name: "李梅",
  email: `${unique("Buyer")}@Example.TEST`,
  password: "long enough",
});
const sellerInput = () => ({
  name: "郭明凤",
  phone: "+86 138-0000-1234",
  email: `${unique("seller")}@example.test`,
  password: "long enough",
  householdCode,
  shopNameZh: "明凤绿松石",
  shopNameEn: "Mingfeng Turquoise",
  story: "我家三代做绿松石。",
});

describe("buyer sign-up", () => {
  it("creates a BUYER with a lower-cased email and an argon2 hash of the password", async () => {
    const input = buyerInput();
    const result = await signUpBuyer(input);
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: input.email.toLowerCase() } });
    expect(user.role).toBe("BUYER");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, "long enough")).toBe(true);
  });

  it("answers an email already registered, whatever its case, like a new one and writes nothing", async () => {
    const existing = await createUser("BUYER");
    const before = await counts();
    const result = await signUpBuyer({ ...buyerInput(), email: ` ${existing.email.toUpperCase()} ` });
    expect(result).toEqual({ ok: true, data: { userId: null, shopId: null, slug: null } });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["password", { password: "short" }, "password_too_short"],
    ["name", { name: "" }, "required"],
    ["name", { name: "   " }, "required"],
    ["name", { name: "名".repeat(51) }, "too_long"],
    ["email", { email: "not-an-email" }, "email_invalid"],
    ["email", { email: undefined }, "required"],
  ])("refuses a bad %s with a field error and writes nothing", async (field, change, code) => {
    const before = await counts();
    const result = await signUpBuyer({ ...buyerInput(), ...change });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors?.[field]).toEqual([code]);
    expect(await counts()).toEqual(before);
  });

  it("creates one user for two concurrent sign-ups with the same email, and tells both the same", async () => {
    const input = buyerInput();
    const results = await Promise.all([signUpBuyer(input), signUpBuyer(input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => r.ok && r.data.userId)).toHaveLength(1);
    expect(await db.user.count({ where: { email: input.email.toLowerCase() } })).toBe(1);
  });
});

describe("seller sign-up", () => {
  it("creates a SELLER in the household and a PENDING shop of that village", async () => {
    const input = sellerInput();
    const result = await signUpSeller(input);
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({
      where: { email: input.email },
      include: { household: true, shop: true },
    });
    expect(user.role).toBe("SELLER");
    expect(user.phone).toBe("13800001234");
    expect(user.household?.code).toBe(householdCode);
    expect(user.shop).toMatchObject({
      villageId,
      status: "PENDING",
      approvedAt: null,
      nameZh: "明凤绿松石",
      nameEn: "Mingfeng Turquoise",
      storyZh: "我家三代做绿松石。",
    });
    expect(user.shop?.slug).toMatch(/^mingfeng-turquoise(-[0-9a-f]{6})?$/);
  });

  it("lets a second member of the same household open their own shop, with a different slug", async () => {
    const first = await signUpSeller({ ...sellerInput(), householdCode: householdCode.toLowerCase() });
    const second = await signUpSeller(sellerInput());
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) expect(first.data.slug).not.toBe(second.data.slug);
  });

  it("gives a shop with only a Chinese name a shop-<random> slug", async () => {
    const result = await signUpSeller({ ...sellerInput(), shopNameEn: "", story: undefined });
    expect(result.ok && result.data.slug).toMatch(/^shop-[0-9a-f]{8}$/);
  });

  it.each([
    ["householdCode", { householdCode: "XY-NOPE" }, "household_unknown"],
    ["householdCode", { householdCode: "" }, "required"],
    ["shopNameZh", { shopNameZh: "" }, "required"],
    ["shopNameZh", { shopNameZh: "店".repeat(41) }, "too_long"],
    ["story", { story: "长".repeat(1001) }, "too_long"],
    ["password", { password: "1234567" }, "password_too_short"],
    ["phone", { phone: "12345" }, "phone_invalid"],
    ["phone", { phone: "" }, "required"],
  ])("refuses a bad %s with a field error and writes nothing", async (field, change, code) => {
    const before = await counts();
    const result = await signUpSeller({ ...sellerInput(), ...change });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors?.[field]).toEqual([code]);
    expect(await counts()).toEqual(before);
  });

  it("answers an email already registered like a new one and writes neither user nor shop", async () => {
    const existing = await createUser("BUYER");
    const before = await counts();
    const result = await signUpSeller({ ...sellerInput(), email: existing.email });
    expect(result).toEqual({ ok: true, data: { userId: null, shopId: null, slug: null } });
    expect(await counts()).toEqual(before);
  });
});

describe("where sign-in may send the browser", () => {
  it.each([
    ["/admin", "/admin"],
    ["/s/guo?tab=story#top", "/s/guo?tab=story#top"],
    ["/../admin", "/admin"],
    ["https://evil.example/", null],
    ["//evil.example/admin", null],
    ["/\\evil.example", null],
    ["javascript:alert(1)", null],
    ["admin", null],
    ["", null],
    [undefined, null],
    [["/admin"], null],
  ])("%o → %o", (raw, expected) => {
    expect(safeCallbackPath(raw)).toBe(expected);
  });

  it("sends each role home", () => {
    expect([roleHome("BUYER"), roleHome("SELLER"), roleHome("ADMIN"), roleHome(null)]).toEqual([
      "/",
      "/seller",
      "/admin",
      "/",
    ]);
  });
});
