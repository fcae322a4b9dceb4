import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LocalStripeControl } from "@/scripts/stripe-local/client";
import { formatAmount } from "@/scripts/stripe-local/money";
import { type LocalStripe, startLocalStripe } from "@/scripts/stripe-local/server";

process.env.STRIPE_SUPPRESS_NOTICES = "true";

const SUCCESS_URL = "http://localhost:3000/orders/7?session={CHECKOUT_SESSION_ID}";
const CANCEL_URL = "http://localhost:3000/cart";

let server: LocalStripe;
let stripe: Stripe;
let control: LocalStripeControl;

beforeAll(async () => {
  server = await startLocalStripe({ port: 0, quiet: true });
  stripe = new Stripe("sk_test_stripe_local", {
    host: "127.0.0.1",
    port: server.port,
    protocol: "http",
    maxNetworkRetries: 2,
  });
  control = new LocalStripeControl(server.url);
});

afterAll(async () => {
  await server.stop();
});

beforeEach(async () => {
  await control.reset();
});

function createSession(
  name = "绿松石手串 Turquoise bracelet",
  methods: ("card" | "alipay" | "wechat_pay")[] = ["card"],
) {
  return stripe.checkout.sessions.create({
    mode: "payment",
    allowed_payment_method_types: methods,
    payment_method_options: methods.includes("wechat_pay") ? { wechat_pay: { client: "web" } } : undefined,
    line_items: [
      { quantity: 1, price_data: { currency: "cny", unit_amount: 12800, product_data: { name } } },
      { quantity: 3, price_data: { currency: "cny", unit_amount: 1550, product_data: { name: "茶 Tea" } } },
    ],
    success_url: SUCCESS_URL,
    cancel_url: CANCEL_URL,
  });
}

/** The text a screen reader announces for the button with this value: its content without tags. */
function buttonName(html: string, value: string): string | undefined {
  const match = new RegExp(`<button[^>]*value="${value}"[^>]*>([\\s\\S]*?)</button>`).exec(html);
  return match?.[1]
    ?.replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function text(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

async function submit(url: string, fields: Record<string, string>) {
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
    redirect: "manual",
  });
}

describe("formatAmount", () => {
  it.each([
    [12800, "cny", "¥128.00"],
    [5, "cny", "¥0.05"],
    [0, "cny", "¥0.00"],
    [123456789, "cny", "¥1,234,567.89"],
    [99_999_999, "cny", "¥999,999.99"],
    [1000, "jpy", "JP¥1,000"],
    [-250, "cny", "-¥2.50"],
  ])("%i %s reads %s", (amount, currency, expected) => {
    expect(formatAmount(amount, currency)).toBe(expected);
  });
});

describe("hosted checkout page", () => {
  it("shows the lines, the total and only the session's payment methods", async () => {
    const session = await createSession('<script>alert(1)</script> & "quoted"', ["card", "wechat_pay"]);
    const response = await fetch(session.url ?? "");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('name="viewport"');
    expect(html).toContain("¥128.00");
    expect(html).toContain("¥46.50");
    expect(html).toContain("¥174.50");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;");
    expect(html).not.toContain("<script>");
    expect(html).toMatch(/<input type="radio" name="method" value="card" checked>/);
    expect(html).toContain('value="wechat_pay"');
    expect(html).not.toContain('value="alipay"');
    expect(text(html)).toContain("微信支付 WeChat Pay");
    expect(buttonName(html, "pay")).toBe("支付 Pay ¥174.50");
    expect(buttonName(html, "decline")).toBe("模拟失败 Simulate decline");
    expect(buttonName(html, "cancel")).toBe("取消 Cancel");
  });

  it("pays with the chosen method and redirects to success_url with the session id", async () => {
    const session = await createSession(undefined, ["card", "alipay"]);
    const response = await submit(session.url ?? "", { method: "alipay", action: "pay" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`http://localhost:3000/orders/7?session=${session.id}`);
    const paid = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ["payment_intent.latest_charge"],
    });
    expect(paid).toMatchObject({ status: "complete", payment_status: "paid" });
    const charge = (paid.payment_intent as Stripe.PaymentIntent).latest_charge as Stripe.Charge;
    expect(charge.payment_method_details?.type).toBe("alipay");
    expect(charge.amount).toBe(17450);

    const after = await (await fetch(`${server.url}/checkout/pay/${session.id}`)).text();
    expect(text(after)).toContain("支付已完成 Payment complete");
    expect(after).toContain(`href="http://localhost:3000/orders/7?session=${session.id}"`);
    expect(
      (await submit(`${server.url}/checkout/pay/${session.id}`, { method: "card", action: "pay" })).status,
    ).toBe(409);
    expect(Object.keys((await control.state()).charges)).toHaveLength(1);
  });

  it("shows a decline and keeps the session open; the next try reuses the PaymentIntent", async () => {
    const session = await createSession();
    const declined = await submit(session.url ?? "", { method: "card", action: "decline" });
    expect(declined.status).toBe(200);
    const html = await declined.text();
    expect(html).toContain('role="alert"');
    expect(text(html)).toContain("支付被拒绝 Payment declined");
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
    const failed = (await control.events()).find((event) => event.type === "payment_intent.payment_failed");
    const attempt = failed?.data.object as Stripe.PaymentIntent;
    expect(attempt.last_payment_error?.code).toBe("card_declined");
    expect(Object.keys((await control.state()).charges)).toHaveLength(0);

    await submit(session.url ?? "", { method: "card", action: "pay" });
    const paid = await stripe.checkout.sessions.retrieve(session.id);
    expect(paid.payment_intent).toBe(attempt.id);
  });

  it("cancels back to cancel_url without touching the session", async () => {
    const session = await createSession();
    const response = await submit(session.url ?? "", { action: "cancel" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(CANCEL_URL);
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
  });

  it("says an expired session has expired and cannot be paid", async () => {
    const session = await createSession();
    await stripe.checkout.sessions.expire(session.id);
    const page = await fetch(`${server.url}/checkout/pay/${session.id}`);
    const html = await page.text();
    expect(text(html)).toContain("此支付已过期 This payment has expired");
    expect(html).toContain(`href="${CANCEL_URL}"`);
    expect(html).not.toContain('value="pay"');
    const paying = await submit(`${server.url}/checkout/pay/${session.id}`, {
      method: "card",
      action: "pay",
    });
    expect(paying.status).toBe(409);
    expect((await fetch(`${server.url}/checkout/pay/cs_test_unknown`)).status).toBe(404);
  });
});

describe("hosted onboarding page", () => {
  async function accountLink() {
    const account = await stripe.accounts.create({
      type: "express",
      country: "HK",
      email: "guo@xiaying.test",
      capabilities: { transfers: { requested: true } },
    });
    const link = await stripe.accountLinks.create({
      account: account.id,
      type: "account_onboarding",
      return_url: "http://localhost:3000/seller/payouts?done=1",
      refresh_url: "http://localhost:3000/seller/payouts?retry=1",
    });
    return { account, link };
  }

  it("onboards the account with its one button and returns to return_url", async () => {
    const { account, link } = await accountLink();
    const html = await (await fetch(link.url)).text();
    expect(text(html)).toContain("完成收款账户设置 Complete payout account setup");
    expect(html).toContain("guo@xiaying.test");
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]?.replaceAll("&amp;", "&");
    expect(action).toBeDefined();
    const response = await submit(`${server.url}${action}`, {});
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://localhost:3000/seller/payouts?done=1");
    const ready = await stripe.accounts.retrieve(account.id);
    expect(ready).toMatchObject({
      details_submitted: true,
      charges_enabled: true,
      capabilities: { transfers: "active" },
    });
    expect((await control.events()).map((event) => event.type)).toEqual(["account.updated"]);
  });

  it("sends an expired link to refresh_url", async () => {
    const { link } = await accountLink();
    await control.advanceClock(301);
    const response = await fetch(link.url, { redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://localhost:3000/seller/payouts?retry=1");
  });
});
