import { expect, type Page } from "@playwright/test";

/** On the provider's hosted checkout page: picks the method and presses Pay, as a buyer does. */
export async function payOnHostedPage(page: Page, method: RegExp) {
  await expect(page).toHaveURL(/\/checkout\/pay\/cs_/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Checkout");
  await page.getByRole("radio", { name: method }).check();
  await page.getByRole("button", { name: /Pay/ }).click();
}
