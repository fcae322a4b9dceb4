import { expect, type Page, test } from "@playwright/test";
import { payOnHostedPage } from "./support/payments";
import { demoAccounts, signIn, useEnglish } from "./support/session";

// A buyer on a phone: finds bracelets in two taps, buys from two shops in one cart, pays, and
// follows both parcels. English is pinned so the text the test reads does not depend on the browser.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test.beforeEach(async ({ context, baseURL }) => {
  await useEnglish(context, baseURL!);
});

async function emptyCart(page: Page) {
  await page.goto("/cart");
  const remove = page.getByRole("button", { name: /^remove .* from the cart$/i });
  while ((await remove.count()) > 0) {
    const before = await remove.count();
    await remove.first().click();
    await expect(remove).toHaveCount(before - 1);
  }
}

/** Opens the first product card that is not sold out, adds one to the cart and returns its title. */
async function addFirstAvailable(page: Page, name: RegExp) {
  const card = page
    .getByRole("main")
    .locator('a[href*="/p/"]')
    .filter({ hasText: name })
    .filter({ hasNotText: /sold out/i })
    .first();
  await card.click();
  await expect(page).toHaveURL(/\/p\/[^/]+$/);
  const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  await page.getByRole("button", { name: /add to cart/i }).click();
  await expect(page.getByText(/added to your cart/i)).toBeVisible();
  return title;
}

test("a buyer buys a bracelet and tea from two shops and follows both parcels", async ({ page }) => {
  await signIn(page, demoAccounts.buyer);
  await emptyCart(page);

  await page.goto("/");
  await page
    .getByRole("region", { name: /shop by category/i })
    .getByRole("link", { name: /turquoise/i })
    .click();
  await expect(page).toHaveURL(/\/c\/turquoise$/);
  await page
    .getByRole("navigation", { name: /kinds in this category/i })
    .getByRole("link", { name: "Bracelets" })
    .click();
  await expect(page).toHaveURL(/\/c\/turquoise\/type\/bracelet$/);
  const productCards = page.getByRole("main").locator('a[href*="/p/"]');
  expect(await productCards.count()).toBeGreaterThan(0);
  for (const name of await productCards.allInnerTexts()) expect(name).toMatch(/bracelet/i);
  const bracelet = await addFirstAvailable(page, /bracelet/i);
  expect(bracelet).toMatch(/bracelet/i);

  await page.goto("/s/wang-huajian-tea");
  const tea = await addFirstAvailable(page, /¥/);

  await page
    .getByRole("navigation", { name: /main navigation/i })
    .getByRole("link", { name: /cart/i })
    .click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByRole("region", { name: /^from /i })).toHaveCount(2);
  await expect(page.getByRole("link", { name: bracelet })).toBeVisible();
  await expect(page.getByRole("link", { name: tea })).toBeVisible();

  await page.getByRole("link", { name: /check out/i }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await page.getByRole("button", { name: /place order/i }).click();
  await expect(page.getByLabel(/mobile phone/i)).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel(/recipient name/i).fill("Li Na");
  await page.getByLabel(/mobile phone/i).fill("13800138000");
  await page.getByLabel(/province/i).fill("Hubei");
  await page.getByLabel(/city/i).fill("Wuhan");
  await page.getByLabel(/street address/i).fill("1 Jiefang Road, Room 302");
  await page.getByRole("button", { name: /place order/i }).click();

  await expect(page).toHaveURL(/\/pay\/[^/]+$/);
  await page.getByRole("link", { name: /^pay ¥/i }).click();
  // The provider's hosted page (the local Stripe-compatible server): pay by card.
  await payOnHostedPage(page, /card/i);

  await expect(page).toHaveURL(/\/orders\/[^/?]+\?paid=1$/);
  await expect(page.getByText(/payment went through/i)).toBeVisible();
  const parcels = page.getByRole("article", { name: /parcel from/i });
  await expect(parcels).toHaveCount(2);
  await expect(parcels.filter({ hasText: bracelet })).toContainText(/paid/i);
  await expect(parcels.filter({ hasText: tea })).toContainText(/paid/i);
  const heading = await page.getByRole("heading", { level: 1 }).innerText();
  const number = /XY\d{14}/.exec(heading)?.[0];
  expect(number).toBeTruthy();

  await page
    .getByRole("navigation", { name: /main navigation/i })
    .getByRole("link", { name: /my orders/i })
    .click();
  await expect(page).toHaveURL(/\/orders$/);
  const order = page.getByRole("article", { name: new RegExp(`order ${number}`, "i") });
  await expect(order).toBeVisible();
  await expect(order.getByText(/^paid$/i)).toHaveCount(3);
});

test("checkout and orders send a signed-out visitor to sign in", async ({ page }) => {
  await page.goto("/checkout");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fen%2Fcheckout$/);
  await page.goto("/orders");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fen%2Forders$/);
});
