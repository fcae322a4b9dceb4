// Security events: each refusal the issue names is logged and kept for the village admin, who sees
// their own village's (and the site-wide ones), never another village's.
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { POST as cspReport } from "@/app/api/csp-report/route";
import { getCartCount } from "@/lib/cart/read";
import { db } from "@/lib/db/client";
import { refundShopOrder } from "@/lib/payments/refunds";
import { receiveWebhook } from "@/lib/payments/webhook";
import { pruneSecurityEvents, recordSecurityEvent } from "@/lib/security/events";
import { PEER_ADDRESS_HEADER } from "@/lib/security/peer-address";
import { markShopOrderShipped } from "@/lib/seller/ship";
import { SECURITY_EVENTS_PER_PAGE, villageSecurityEvents } from "@/lib/village/security-events";
import { createShop, createUser, TEST_PASSWORD, unique } from "../support/factories";
import { parcelFor } from "../support/seller-factories";
import { authorize } from "../support/sessions";

const address = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}-${unique("t")}`;
const eventsOf = (where: { userId?: string; ip?: string }) =>
  db.securityEvent.findMany({ where, orderBy: { createdAt: "asc" } });

describe("refusals are recorded", () => {
  it("a wrong role is refused and kept with the caller's id", async () => {
    const buyer = await createUser("BUYER");
    const result = await refundShopOrder(buyer.id, { shopOrderId: "x", lines: [] });
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    const [event] = await eventsOf({ userId: buyer.id });
    expect(event).toMatchObject({ kind: "ACTION_REFUSED", reason: "wrong_role:BUYER", villageId: null });
  });

  it("a seller's storefront header (cart count 0) is an ordinary refusal, not an event", async () => {
    const { owner } = await createShop();
    expect(await getCartCount({ userId: owner.id, cookieCartId: null })).toBe(0);
    expect(await eventsOf({ userId: owner.id })).toHaveLength(0);
  });

  it("another seller's parcel is not found, and the attempt is kept; a missing id is not an event", async () => {
    const { shop } = await createShop();
    const { parcel } = await parcelFor(shop.id);
    const { owner: other, villageId } = await createShop();
    const input = { shopOrderId: parcel.id, courier: "SF", trackingNumber: "SF1234567890" };
    expect(await markShopOrderShipped(other.id, input)).toMatchObject({ ok: false, error: "not_found" });
    const missing = { ...input, shopOrderId: "c000000000000000000000000" };
    expect(await markShopOrderShipped(other.id, missing)).toMatchObject({ ok: false, error: "not_found" });
    const events = await eventsOf({ userId: other.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "ACTION_REFUSED",
      scope: "ship",
      reason: "not_owner",
      villageId,
    });
  });

  it("a wrong password is kept with the account and address, never the password", async () => {
    const user = await createUser("BUYER");
    const ip = address();
    expect(await authorize(user.email, "not-the-password-xyz", ip)).toBeNull();
    expect(await authorize(`${unique("nobody")}@example.test`, "typed-into-email?", ip)).toBeNull();
    const events = await eventsOf({ ip });
    expect(events.map((event) => [event.kind, event.userId, event.reason])).toEqual([
      ["SIGN_IN_FAILED", user.id, "wrong_password"],
      ["SIGN_IN_FAILED", null, "unknown_account"],
    ]);
    const stored = JSON.stringify(events);
    expect(stored).not.toContain("not-the-password-xyz");
    expect(stored).not.toContain("@example.test");
    // And the right password is not an event.
    expect(await authorize(user.email, TEST_PASSWORD, ip)).not.toBeNull();
    expect(await eventsOf({ ip })).toHaveLength(2);
  });

  it("a webhook with a bad signature is refused and kept", async () => {
    const ip = address();
    const body = JSON.stringify({ id: "evt_forged", type: "checkout.session.completed" });
    const signature = Stripe.webhooks.generateTestHeaderString({
      payload: body,
      secret: "whsec_wrong_secret",
    });
    const response = await receiveWebhook(body, signature, ip);
    expect(response.status).toBe(400);
    expect(await eventsOf({ ip })).toMatchObject([
      { kind: "WEBHOOK_SIGNATURE_INVALID", reason: "bad_signature", scope: "webhook.stripe" },
    ]);
  });

  it("a CSP report is kept with its directive and the blocked source, without query strings", async () => {
    const ip = address();
    const report = {
      "csp-report": {
        "document-uri": "http://localhost/p/tea?token=secret-token",
        "effective-directive": "script-src-elem",
        "blocked-uri": "https://evil.example/x.js?session=abc",
      },
    };
    const response = await cspReport(
      new Request("http://localhost/api/csp-report", {
        method: "POST",
        headers: { "content-type": "application/csp-report", [PEER_ADDRESS_HEADER]: ip },
        body: JSON.stringify(report),
      }),
    );
    expect(response.status).toBe(204);
    const [event] = await eventsOf({ ip });
    expect(event).toMatchObject({ kind: "CSP_VIOLATION", scope: "script-src-elem" });
    expect(event?.reason).toBe("https://evil.example/x.js on http://localhost/p/tea");
  });
});

describe("keeping events never breaks the request", () => {
  it("a row the database refuses is logged, not thrown", async () => {
    const ip = address();
    // No such user: the foreign key refuses the row.
    await expect(
      recordSecurityEvent("action_refused", { userId: "no-such-user", ip, reason: "test" }),
    ).resolves.toBeUndefined();
    expect(await eventsOf({ ip })).toHaveLength(0);
  });

  it("one client adds at most 300 rows an hour, however many events it causes", async () => {
    const ip = address();
    for (let i = 0; i < 305; i++) await recordSecurityEvent("csp_violation", { ip, scope: "img-src" });
    expect(await db.securityEvent.count({ where: { ip } })).toBe(300);
  });

  it("the prune keeps 90 days", async () => {
    const ip = address();
    const day = 24 * 60 * 60 * 1000;
    await db.securityEvent.createMany({
      data: [
        { kind: "THROTTLED", ip, scope: "old", createdAt: new Date(Date.now() - 91 * day) },
        { kind: "THROTTLED", ip, scope: "recent", createdAt: new Date(Date.now() - 89 * day) },
      ],
    });
    expect(await pruneSecurityEvents()).toBeGreaterThanOrEqual(1);
    expect((await eventsOf({ ip })).map((event) => event.scope)).toEqual(["recent"]);
  });
});

describe("the admin's security page", () => {
  it("shows the village's and site-wide events newest first, by kind and page; not another village's", async () => {
    const { owner: seller, villageId } = await createShop();
    const admin = await createUser("ADMIN", { villageId });
    const { owner: foreignSeller } = await createShop();
    const ip = address();
    await recordSecurityEvent("throttled", { userId: seller.id, ip, scope: "upload" });
    await recordSecurityEvent("csp_violation", { ip, scope: "script-src" });
    await recordSecurityEvent("throttled", { userId: foreignSeller.id, ip, scope: "foreign" });
    await recordSecurityEvent("password_changed", { userId: seller.id, ip, scope: "mine-last" });

    const result = await villageSecurityEvents(admin.id, {});
    if (!result.ok) throw new Error(result.error);
    const mine = result.data.events.filter((event) => event.ip === ip);
    expect(mine.map((event) => event.scope)).toEqual(["mine-last", "script-src", "upload"]);
    expect(mine[0]?.user?.email).toBe(seller.email);

    const throttled = await villageSecurityEvents(admin.id, { kind: "THROTTLED" });
    if (!throttled.ok) throw new Error(throttled.error);
    expect(throttled.data.events.every((event) => event.kind === "THROTTLED")).toBe(true);
    expect(throttled.data.events.some((event) => event.scope === "foreign")).toBe(false);

    // Page 2 continues where page 1 stopped.
    for (let i = 0; i < SECURITY_EVENTS_PER_PAGE; i++)
      await recordSecurityEvent("throttled", { userId: seller.id, ip: `${ip}-${i}`, scope: "filler" });
    const [first, second] = await Promise.all([
      villageSecurityEvents(admin.id, { page: 1 }),
      villageSecurityEvents(admin.id, { page: 2 }),
    ]);
    if (!first.ok || !second.ok) throw new Error("refused");
    expect(first.data.events).toHaveLength(SECURITY_EVENTS_PER_PAGE);
    const lastOfFirst = first.data.events.at(-1)?.createdAt.getTime() ?? 0;
    expect(second.data.events[0]?.createdAt.getTime()).toBeLessThanOrEqual(lastOfFirst);
  });

  it("is refused to sellers, buyers and the signed-out; bad filters are invalid input", async () => {
    const { owner: seller, villageId } = await createShop();
    const buyer = await createUser("BUYER");
    const admin = await createUser("ADMIN", { villageId });
    expect(await villageSecurityEvents(seller.id, {})).toMatchObject({ ok: false, error: "forbidden" });
    expect(await villageSecurityEvents(buyer.id, {})).toMatchObject({ ok: false, error: "forbidden" });
    expect(await villageSecurityEvents(null, {})).toMatchObject({ ok: false, error: "not_signed_in" });
    expect(await villageSecurityEvents(admin.id, { kind: "DROP TABLE" })).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
  });
});
