import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/guard";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
import { db } from "@/lib/db/client";
import { suspendShop } from "@/lib/shops/moderate";
import { createUser, createVillage, TEST_PASSWORD, unique } from "../support/factories";
import { signInToken, signOut, userIdFor } from "../support/sessions";

const now = () => Math.floor(Date.now() / 1000);

describe("sessions end on the server", () => {
  it("a token issued before sign-out is refused afterwards, by the session helpers and so by loadActor", async () => {
    const user = await createUser("BUYER");
    const token = await signInToken(user.email, TEST_PASSWORD);
    expect(await userIdFor(token)).toBe(user.id);
    expect((await loadActor(await userIdFor(token), ["BUYER"])).ok).toBe(true);

    await signOut(token);

    expect(await userIdFor(token)).toBeNull();
    expect(await loadActor(await userIdFor(token), ["BUYER"])).toEqual({ ok: false, error: "not_signed_in" });
    // A fresh sign-in works again.
    expect(await userIdFor(await signInToken(user.email, TEST_PASSWORD))).toBe(user.id);
  });

  it("signing out on one device ends the sessions on the others", async () => {
    const user = await createUser("BUYER");
    const phone = await signInToken(user.email, TEST_PASSWORD);
    const laptop = await signInToken(user.email, TEST_PASSWORD);
    await signOut(phone);
    expect(await userIdFor(laptop)).toBeNull();
  });

  it("refuses a token idle for longer than the idle limit, or older than the absolute limit", async () => {
    const user = await createUser("BUYER");
    const token = await signInToken(user.email, TEST_PASSWORD);
    expect(await userIdFor({ ...token, seenAt: now() - SESSION_IDLE_SECONDS + 60 })).toBe(user.id);
    expect(await userIdFor({ ...token, seenAt: now() - SESSION_IDLE_SECONDS - 60 })).toBeNull();
    expect(await userIdFor({ ...token, authAt: now() - SESSION_ABSOLUTE_SECONDS - 60 })).toBeNull();
  });

  it("refuses a token without a session version (the cookies issued before this change)", async () => {
    const user = await createUser("BUYER");
    expect(await userIdFor({ sub: user.id, name: user.name, email: user.email })).toBeNull();
  });

  it("suspending a shop ends its seller's sessions", async () => {
    const village = await createVillage();
    const admin = await createUser("ADMIN", { villageId: village.id });
    const seller = await createUser("SELLER");
    const shop = await db.shop.create({
      data: {
        villageId: village.id,
        ownerId: seller.id,
        slug: unique("shop"),
        nameZh: "店",
        nameEn: "Shop",
        storyZh: "",
        storyEn: "",
        status: "ACTIVE",
      },
    });
    const token = await signInToken(seller.email, TEST_PASSWORD);
    expect(await userIdFor(token)).toBe(seller.id);
    expect((await suspendShop(admin.id, { shopId: shop.id })).ok).toBe(true);
    expect(await userIdFor(token)).toBeNull();
  });
});
