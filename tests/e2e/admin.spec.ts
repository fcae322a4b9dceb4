import { expect, test } from "@playwright/test";
import { demoAccounts, signIn, useEnglish } from "./support/session";

// The seeded pending shop (slug pending-honey, owner pending@xiaying.test), by its English name.
const PENDING_SHOP = "Chunsheng's Local Honey";

const beijingTime = (date: Date) => new Date(date.getTime() + 8 * 60 * 60 * 1000);
const beijingYear = (date: Date) => beijingTime(date).getUTCFullYear();

/** The year whose 1–11 November festival is over, in Beijing time. */
function lastFinishedDouble11Year(now: Date): number {
  const local = beijingTime(now);
  const afterFestival = local.getUTCMonth() > 10 || (local.getUTCMonth() === 10 && local.getUTCDate() > 11);
  return afterFestival ? local.getUTCFullYear() : local.getUTCFullYear() - 1;
}

test.describe("village admin", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await useEnglish(context, baseURL!);
  });

  test("a signed-out visitor is sent to sign in and comes back to the admin page", async ({ page }) => {
    const csv = await page.request.get("/admin/export.csv", { maxRedirects: 0 });
    expect(csv.status()).toBe(307);
    expect(csv.headers().location).toMatch(/\/signin\?callbackUrl=%2Fadmin%2Fexport\.csv$/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin$/);
    await page.getByLabel("Email").fill(demoAccounts.admin);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password do not match.", { exact: false })).toBeVisible();
    await page.getByLabel("Password").fill("xiaying2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);
  });

  test("sees the village totals against the 10-million line, then approves the pending shop", async ({
    page,
  }) => {
    await signIn(page, demoAccounts.admin, "/admin");
    // The seed covers the 365 days before it ran; look at the year of the last Double 11 that has ended.
    const year = lastFinishedDouble11Year(new Date());
    if (year !== beijingYear(new Date())) await page.goto(`/admin?period=${year}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Xiaying");
    const sales = page.getByRole("region", { name: "Net paid sales" });
    await expect(sales).toContainText(/¥[1-9][\d,]*\.\d\d/);
    await expect(sales.getByRole("progressbar", { name: /¥10,000,000\.00/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Taobao-village criteria/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Double 11/ })).toBeVisible();
    await expect(page.getByText(/Busiest day: Nov 11/)).toBeVisible();

    await page
      .getByRole("navigation", { name: "Village admin" })
      .getByRole("link", { name: "Shops" })
      .click();
    await expect(page).toHaveURL(/\/admin\/shops$/);
    const card = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: PENDING_SHOP }) });
    await expect(card).toContainText("Waiting for approval");
    await card.getByRole("button", { name: /Approve/ }).click();
    await expect(card).toContainText("Active");
    await expect(card.getByRole("button", { name: /Suspend/ })).toBeVisible();

    await page.getByRole("link", { name: /Waiting/ }).click();
    await expect(page.getByRole("heading", { name: PENDING_SHOP })).toHaveCount(0);
  });

  test("lands on the admin page after signing in, and downloads the figures as CSV", async ({ page }) => {
    await page.goto("/signin"); // no page to go back to: an admin's home is /admin
    await page.getByLabel("Email").fill(demoAccounts.admin);
    await page.getByLabel("Password").fill("xiaying2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    const response = await page.request.get("/admin/export.csv?period=this-year");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString("utf8")).toContain("Net paid sales (yuan)");
  });
});
