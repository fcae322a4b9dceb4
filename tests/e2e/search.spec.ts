import { expect, test } from "@playwright/test";
import { signIn, useEnglish } from "./support/session";

// A buyer searches in Chinese, pinyin or English and narrows the results with plain form controls.
test.beforeEach(async ({ context, baseURL }) => {
  await useEnglish(context, baseURL!);
});

const cards = (page: import("@playwright/test").Page) => page.getByRole("main").locator('a[href*="/p/"]');

test("pinyin finds turquoise; filters and sort narrow it, without JavaScript", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  await useEnglish(context, baseURL!);
  const page = await context.newPage();
  await page.goto("/search?q=lvsongshi");
  await expect(page.getByRole("heading", { level: 2, name: /products for “lvsongshi”/ })).toBeVisible();
  await expect(cards(page).first()).toContainText(/turquoise/i);

  await page.getByLabel("Highest price (yuan)").fill("200");
  await page.getByLabel("Sort by").selectOption("price_desc");
  await page.getByLabel("In stock only").check();
  await page.getByRole("button", { name: "Apply" }).click();
  await page.waitForURL(/stock=1/);
  const url = new URL(page.url());
  expect(["q", "max", "stock", "sort"].map((key) => url.searchParams.get(key))).toEqual([
    "lvsongshi",
    "200",
    "1",
    "price_desc",
  ]);
  const prices = await page.getByRole("main").locator('a[href*="/p/"]').allInnerTexts();
  expect(prices.length).toBeGreaterThan(0);
  const yuan = prices.map((text) => Number(/¥([\d,]+(?:\.\d+)?)/.exec(text)?.[1]?.replace(/,/g, "")));
  for (const value of yuan) expect(value).toBeLessThanOrEqual(200);
  expect(yuan).toEqual([...yuan].sort((a, b) => b - a));
  await page.screenshot({ path: "test-results/search-filtered-desktop.png", fullPage: true });
  await context.close();
});

test("a shop name shows the shop; nothing found suggests categories and best sellers", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/search?q=王华建高山茶园");
  await expect(page.getByRole("heading", { name: "Shops" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Wang Huajian Mountain Tea/ }).first()).toBeVisible();
  await page.screenshot({ path: "test-results/search-shop-phone.png", fullPage: true });

  await page.goto("/search?q=zzqqxx&category=tea");
  await expect(page.getByText("Try other words")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Popular categories" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Best sellers" })).toBeVisible();
  await page.getByRole("link", { name: "Search again without the filters" }).click();
  await expect(page).toHaveURL(/\/search\?q=zzqqxx$/);
  await page.screenshot({ path: "test-results/search-empty-phone.png", fullPage: true });
});

test("hostile search text gets an ordinary page", async ({ request }) => {
  for (const q of ["%25", "_", "%5C", "'%3B DROP TABLE x", "x".repeat(5_000), "%F0%9F%8D%B5"]) {
    expect((await request.get(`/search?q=${q}&min=abc&max=-1&page=99999&sort=nope`)).status(), q).toBe(200);
  }
});

test("searches are served from the cache, and a product a seller renames shows in them within seconds", async ({
  browser,
  baseURL,
  page,
}) => {
  // A word nothing matches yet: its empty page is rendered once, then served from the page cache.
  const word = `zq${Date.now().toString(36)}`;
  const path = `/en/search?q=${word}`;
  await page.goto(path);
  await expect(page.getByText("Try other words")).toBeVisible();
  const again = await page.request.get(path);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");

  const sellerContext = await browser.newContext({ baseURL });
  await useEnglish(sellerContext, baseURL!);
  const seller = await sellerContext.newPage();
  await signIn(seller, "luo.yulan@xiaying.test", "/seller/products");
  await seller.goto("/seller/products");
  await seller
    .getByRole("link", { name: /^Change / })
    .first()
    .click();
  const name = `Mountain gift ${word}`;
  await seller.getByLabel("Name in English (optional)").fill(name);
  await seller.getByRole("button", { name: "Save" }).click();
  await expect(seller).toHaveURL(/\/seller\/products\?saved=/);

  await expect(async () => {
    await page.reload();
    await expect(cards(page).first()).toContainText(name, { timeout: 500 });
  }).toPass({ timeout: 5_000 });
  await sellerContext.close();
});
