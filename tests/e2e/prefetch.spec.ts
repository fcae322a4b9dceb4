import { expect, test } from "@playwright/test";

// A category page shows two dozen products. Prefetching each as it scrolls into view (Next's
// default) spends a buyer's mobile data on pages never opened and the phone's main thread on reading
// them while the page starts; a product is prefetched when the buyer reaches for it instead.

test("a product list prefetches a product only when the buyer reaches for it", async ({ page }) => {
  const productPayloads: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (request.headers().rsc === "1" && path.includes("/p/")) productPayloads.push(path);
  });
  await page.goto("/zh-CN/c/turquoise");
  const cards = page.locator('main a[data-prefetch="intent"][href*="/p/"]');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThan(1);
  // Long enough for Next's viewport prefetching, which runs once the page is idle.
  await page.waitForLoadState("networkidle");
  expect(productPayloads, "no product was prefetched before the buyer reached for one").toEqual([]);

  const card = cards.nth(1);
  const href = (await card.getAttribute("href"))!;
  await card.hover();
  await expect.poll(() => productPayloads).toEqual([href]);
  await card.click();
  await expect(page).toHaveURL(href);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
