import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts, signIn, useEnglish } from "./support/session";

test.describe("sessions end on the server", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await useEnglish(context, baseURL!);
  });

  test("a session cookie copied before sign-out no longer works after it", async ({
    page,
    browser,
    baseURL,
  }) => {
    await signIn(page, demoAccounts.buyer2, "/orders");
    await expect(page).toHaveURL(/\/orders$/);
    const copied = (await page.context().cookies()).filter((cookie) => cookie.name.includes("session-token"));
    expect(copied).toHaveLength(1);

    // The copy works while the owner is signed in…
    const thief = await browser.newContext();
    await useEnglish(thief, baseURL!);
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto("/orders");
    await expect(stolen).toHaveURL(/\/orders$/);

    // …and not once they sign out, though the browser still sends it.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await stolen.goto("/orders");
    await expect(stolen).toHaveURL(/\/signin\?callbackUrl=%2Fen%2Forders$/);
    await thief.close();
  });

  test("a burst of wrong passwords is throttled with 429 and Retry-After; the owner still signs in", async ({
    page,
    request,
  }) => {
    const csrf = async () =>
      ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
    const token = await csrf();
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 30; i++) {
      const response = await request.post("/api/auth/callback/credentials", {
        form: { email: demoAccounts.wang, password: `wrong-${i}`, csrfToken: token, json: "true" },
        headers: { "x-forwarded-for": "198.51.100.77" },
        maxRedirects: 0,
      });
      statuses.push(response.status());
      if (response.status() === 429) retryAfter = response.headers()["retry-after"];
    }
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(20);
    expect(Number(retryAfter)).toBeGreaterThan(0);

    // The owner, on their own browser, is not locked out by the attacker's burst.
    await page.goto("/signin");
    await page.getByLabel("Email").fill(demoAccounts.wang);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/seller"));
  });
});
