import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoAccounts, signIn, useEnglish } from "./support/session";

// Storefront pages are prerendered and served from the cache for everyone. These are the changes a
// buyer must see anyway, within seconds, and the one thing a stale page must never do: sell.

async function englishPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext();
  // biome-ignore lint/correctness/useHookAtTopLevel: a Playwright helper named like a hook, not a React hook
  await useEnglish(context, baseURL);
  return context.newPage();
}

/** A product of the shop, by the link on its (cached) shop page. */
async function productOf(page: Page, shopSlug: string): Promise<string> {
  await page.goto(`/en/s/${shopSlug}`);
  const href = await page.getByRole("main").locator('a[href*="/p/"]').first().getAttribute("href");
  expect(href).toMatch(/^\/en\/p\/[a-z0-9]+$/);
  return href ?? "";
}

async function expectServedFromCache(page: Page, path: string) {
  await page.request.get(path);
  const response = await page.request.get(path);
  expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
}

test("a seller's new price and stock reach the cached product and shop pages within seconds", async ({
  browser,
  baseURL,
}) => {
  const buyer = await englishPage(browser, baseURL!);
  const productPath = await productOf(buyer, "xiuying-cloud-tea");
  await expectServedFromCache(buyer, productPath);
  await buyer.goto(productPath);
  await expect(buyer.getByRole("button", { name: "Add to cart" })).toBeVisible();

  const seller = await englishPage(browser, baseURL!);
  const productId = productPath.split("/").pop();
  const price = `${60 + (Date.now() % 30)}.80`;
  await signIn(seller, "chen.xiuying@xiaying.test", `/seller/products/${productId}`);
  await seller.goto(`/seller/products/${productId}`);
  await seller.locator("#priceYuan").fill(price);
  await seller.getByRole("spinbutton", { name: "Stock" }).fill("0");
  await seller.getByRole("button", { name: "Save" }).click();
  await expect(seller).toHaveURL(/\/seller\/products\?saved=/);

  await expect(async () => {
    await buyer.reload();
    await expect(buyer.getByRole("main")).toContainText(`¥${price}`, { timeout: 500 });
    await expect(buyer.getByText("Sold out").first()).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 5_000 });
  // The shop page was cached too: within seconds its card shows the new price, sold out.
  const card = buyer.getByRole("link", { name: new RegExp(`¥${price.replace(".", "\\.")}`) });
  await expect(async () => {
    await buyer.goto("/en/s/xiuying-cloud-tea");
    await expect(card).toContainText("Sold out", { timeout: 500 });
  }).toPass({ timeout: 5_000 });
});

test("a suspended shop disappears from the storefront, and its stale page cannot sell", async ({
  browser,
  baseURL,
}) => {
  const buyer = await englishPage(browser, baseURL!);
  await signIn(buyer, demoAccounts.buyer2, "/en");
  const productPath = await productOf(buyer, "wild-hills-shiitake");
  await buyer.goto(productPath);
  const addToCart = buyer.getByRole("button", { name: "Add to cart" });
  await expect(addToCart).toBeVisible();

  const admin = await englishPage(browser, baseURL!);
  await signIn(admin, demoAccounts.admin, "/admin/shops");
  await admin.goto("/admin/shops");
  const card = admin
    .getByRole("listitem")
    .filter({ has: admin.getByRole("heading", { name: "Wild Hills Shiitake" }) });
  await card.getByRole("button", { name: /Suspend/ }).click();
  await expect(card).toContainText("Suspended");

  try {
    // The page the buyer still has open was made before the suspension: the server says no.
    await addToCart.click();
    // The page's own alert (Next's route announcer is an empty role="alert" outside main).
    await expect(buyer.getByRole("main").getByRole("alert")).toBeVisible();
    await expect(buyer.getByText(/Added/)).toHaveCount(0);
    await expect(async () => {
      const response = await buyer.request.get(productPath);
      expect(response.status()).toBe(404);
    }).toPass({ timeout: 5_000 });
    await buyer.goto("/en/c/mushrooms");
    await expect(buyer.getByRole("main")).not.toContainText("Wild Hills Shiitake");
  } finally {
    await card.getByRole("button", { name: /Reinstate|Reactivate|Restore/ }).click();
    await expect(card).toContainText("Active");
  }
});
