import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { signUpBuyer } from "@/lib/accounts/sign-up-buyer";
import { signUpSeller } from "@/lib/accounts/sign-up-seller";
import { throttledSignInSeconds } from "@/lib/auth/sign-in-errors";
import { db } from "@/lib/db/client";
import { refundShopOrder } from "@/lib/payments/refunds";
import { signInBlocked } from "@/lib/security/rate-limit";
import {
  createHousehold,
  createShop,
  createUser,
  createVillage,
  TEST_PASSWORD,
  unique,
} from "../support/factories";
import { authorize } from "../support/sessions";

// A throttled attempt's error carries the wait ("throttled:3"), which the sign-in form shows.
const outcome = (attempt: Promise<unknown>) =>
  attempt.then(
    (user) => (user ? "signed_in" : "wrong"),
    (error: Error) => (throttledSignInSeconds(error.message) ? "throttled" : error.message),
  );

const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

describe("sign-in throttling", () => {
  // The lockouts last seconds: the clock stands still while the guesses are checked (slowly, on a
  // loaded machine) and moves only when the test says so.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("30 wrong passwords at once: 5 are checked, the rest throttled; the owner still gets in", async () => {
    const user = await createUser("BUYER");
    const attacker = ip();
    const results = await Promise.all(
      Array.from({ length: 30 }, () => outcome(authorize(user.email, "wrong password", attacker))),
    );
    expect(results.filter((result) => result === "wrong")).toHaveLength(5);
    expect(results.filter((result) => result === "throttled")).toHaveLength(25);
    // Even the right password waits out the backoff from the attacker's client…
    expect(await outcome(authorize(user.email, TEST_PASSWORD, attacker))).toBe("throttled");
    const blocked = await signInBlocked(user.email, attacker);
    expect(blocked.ok).toBe(false);
    // …but the owner on their own client signs in at once,
    expect(await outcome(authorize(user.email, TEST_PASSWORD, "192.0.2.10"))).toBe("signed_in");
    // and from the same client once the (short) backoff is over.
    vi.advanceTimersByTime(1_100);
    expect(await outcome(authorize(user.email, TEST_PASSWORD, attacker))).toBe("signed_in");
  });

  it("throttles an unknown email exactly like a known one", async () => {
    const attacker = ip();
    const email = `${unique("nobody")}@example.test`;
    const results = await Promise.all(
      Array.from({ length: 8 }, () => outcome(authorize(email, "guess", attacker))),
    );
    expect(results.filter((result) => result === "wrong")).toHaveLength(5);
    expect(results.filter((result) => result === "throttled")).toHaveLength(3);
  });

  it("the backoff grows with each lockout", async () => {
    const user = await createUser("BUYER");
    const attacker = ip();
    for (let i = 0; i < 6; i++) await outcome(authorize(user.email, "wrong", attacker));
    const first = await signInBlocked(user.email, attacker);
    vi.advanceTimersByTime(1_100);
    for (let i = 0; i < 6; i++) await outcome(authorize(user.email, "wrong", attacker));
    const second = await signInBlocked(user.email, attacker);
    expect(!first.ok && !second.ok && second.retryAfterSeconds > first.retryAfterSeconds).toBe(true);
  });
});

describe("sign-up does not tell who is registered", () => {
  it("answers a registered email (any case) like a new one and writes nothing", async () => {
    const existing = await createUser("BUYER");
    const before = await db.user.count();
    const taken = await signUpBuyer({
      name: "李梅",
      email: existing.email.toUpperCase(),
      password: "long enough",
    });
    expect(taken.ok).toBe(true);
    expect(await db.user.count()).toBe(before);
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(unchanged.passwordHash).toBe(existing.passwordHash);
    expect(unchanged.name).toBe(existing.name);
  });

  it("a seller sign-up with a registered email succeeds alike, with no user or shop written", async () => {
    const village = await createVillage();
    const household = await createHousehold(village.id);
    const existing = await createUser("BUYER");
    const before = { users: await db.user.count(), shops: await db.shop.count() };
    const result = await signUpSeller({
      name: "郭明凤",
      phone: "+86 138-0000-1234",
      email: existing.email,
      password: "long enough",
      householdCode: household.code,
      shopNameZh: "明凤绿松石",
    });
    expect(result.ok).toBe(true);
    expect({ users: await db.user.count(), shops: await db.shop.count() }).toEqual(before);
  });
});

describe("refunds are throttled per caller", () => {
  it("a seller's 31st refund in ten minutes is refused as throttled and recorded; another seller is not", async () => {
    const { owner } = await createShop();
    const { owner: other } = await createShop();
    const attempt = (userId: string) => refundShopOrder(userId, { shopOrderId: "none", lines: [] });
    for (let i = 0; i < 30; i++) expect(await attempt(owner.id)).toMatchObject({ error: "invalid_input" });
    expect(await attempt(owner.id)).toMatchObject({ ok: false, error: "throttled" });
    expect(await attempt(other.id)).toMatchObject({ error: "invalid_input" });
    const events = await db.securityEvent.findMany({ where: { userId: owner.id, kind: "THROTTLED" } });
    expect(events).toMatchObject([{ scope: "refund" }]);
    expect(events[0]?.retryAfterSeconds).toBeGreaterThan(500);
  });

  it("the admin's refunds count on the admin's own budget", async () => {
    const { villageId } = await createShop();
    const admin = await createUser("ADMIN", { villageId });
    const attempt = () => refundShopOrder(admin.id, { shopOrderId: "none", lines: [] });
    for (let i = 0; i < 30; i++) await attempt();
    expect(await attempt()).toMatchObject({ ok: false, error: "throttled" });
  });
});
