import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { demoAccounts, signIn, useEnglish } from "./support/session";

/** Fails on serious or critical WCAG problems, listing each with the elements it found. */
async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  expect(serious).toEqual([]);
}

test.describe("pages pass axe without serious violations", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await useEnglish(context, baseURL!);
  });

  test("storefront pages", async ({ page }) => {
    for (const path of ["/", "/c/turquoise", "/s/guo-mingfeng-turquoise", "/cart", "/signin", "/signup"]) {
      await page.goto(path);
      await expectNoSeriousViolations(page);
    }
    await page.goto("/c/turquoise");
    await page.locator('a[href*="/p/"]').first().click();
    await page.waitForURL(/\/p\//);
    await expectNoSeriousViolations(page);
  });

  test("seller pages", async ({ page }) => {
    await signIn(page, demoAccounts.guo, "/seller");
    for (const path of ["/seller", "/seller/products", "/seller/products/new", "/seller/orders"]) {
      await page.goto(path);
      await expectNoSeriousViolations(page);
    }
  });

  test("admin pages", async ({ page }) => {
    await signIn(page, demoAccounts.admin, "/admin");
    for (const path of ["/admin", "/admin/shops", "/admin/title", "/admin/households", "/admin/couriers"]) {
      await page.goto(path);
      await expectNoSeriousViolations(page);
    }
  });

  test("buyer order pages", async ({ page }) => {
    await signIn(page, demoAccounts.buyer, "/orders");
    await page.goto("/orders");
    await expectNoSeriousViolations(page);
  });
});
