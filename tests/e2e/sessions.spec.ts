import { expect, test } from "@playwright/test";
import { demoAccounts, signIn, useEnglish } from "./support/session";

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
});
