import { expect, test } from "@playwright/test";
import { demoAccounts, signIn, useEnglish } from "./support/session";

const beijingYear = (date: Date) => new Date(date.getTime() + 8 * 60 * 60 * 1000).getUTCFullYear();

test.describe("the Taobao-village title pages", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await useEnglish(context, baseURL!);
  });

  test("the admin reads the three lines of the title, opens a rule, and looks at last year", async ({
    page,
  }) => {
    await signIn(page, demoAccounts.admin, "/admin");
    await page
      .getByRole("navigation", { name: "Village admin" })
      .getByRole("link", { name: "Taobao-village title" })
      .click();
    await expect(page).toHaveURL(/\/admin\/title$/);
    const thisYear = beijingYear(new Date());
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Taobao-village title");
    await expect(page.getByText(`compared with the same days of ${thisYear - 1}`)).toBeVisible();

    const shops = page.getByRole("region", { name: "Active shops" });
    await expect(shops.getByRole("progressbar", { name: "Active shops" })).toBeVisible();
    await expect(shops).toContainText(/of 100/);
    await expect(shops).toContainText(/Not met|Met/);
    await expect(shops.getByText(/open for at least 30 days/)).toBeHidden();
    await shops.getByText("How is this counted?").click();
    await expect(shops.getByText(/open for at least 30 days/)).toBeVisible();
    await expect(page.getByRole("region", { name: "Net sales" })).toContainText(/¥[1-9][\d,]*\.\d\d/);
    await expect(page.getByRole("region", { name: "Households selling" })).toContainText("of 339 households");
    await expect(page.getByRole("region", { name: /Double 11/ })).toBeVisible();

    await page
      .getByRole("navigation", { name: "Year" })
      .getByRole("link", { name: String(thisYear - 1) })
      .click();
    await expect(page).toHaveURL(new RegExp(`year=${thisYear - 1}$`));
    await expect(
      page.getByText(`1 January to 31 December ${thisYear - 1}, compared with ${thisYear - 2}.`),
    ).toBeVisible();
  });

  test("the household ledger shows totals only, and the courier board a table of couriers", async ({
    page,
  }) => {
    await signIn(page, demoAccounts.admin, "/admin/households");
    await expect(page.getByText(/Only totals are shown, never a family/)).toBeVisible();
    await expect(page.getByText("179", { exact: true })).toBeVisible(); // formerly poor households of the demo
    await page
      .getByRole("navigation", { name: "Village admin" })
      .getByRole("link", { name: "Couriers" })
      .click();
    await expect(page).toHaveURL(/\/admin\/couriers$/);
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader", { name: "Median hours to ship" })).toBeVisible();
    await expect(table.getByRole("rowheader", { name: "All couriers" })).toBeVisible();
  });

  test("a seller gets the not-found page at each of them", async ({ page }) => {
    await signIn(page, demoAccounts.guo, "/seller");
    for (const path of ["/admin/title", "/admin/households", "/admin/couriers"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }
  });
});
