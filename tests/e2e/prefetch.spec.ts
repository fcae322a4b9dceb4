import { expect, test } from "@playwright/test";

// A category page shows two dozen products. Prefetching each as it scrolls into view (Next's
// default) spends a buyer's mobile data on pages never opened and the phone's main thread on reading
// them while the page starts; a product is prefetched when the buyer reaches for it instead.

test("a product list prefetches a product only when the buyer reaches for it", async ({ page }) => {
  const payloads: string[] = [];
  page.on("request", (request) => {
    if (request.headers().rsc === "1") payloads.push(new URL(request.url()).pathname);
  });
  const productPayloads = () => payloads.filter((path) => path.includes("/p/"));
  await page.goto("/zh-CN/c/turquoise");
  const cards = page.locator('main a[data-prefetch="intent"][href*="/p/"]');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThan(1);
  // Next's viewport prefetching has run once the header's cart link, which keeps it, is prefetched;
  // the cards below it would follow within moments. (Waiting for "network idle" instead timed out:
  // in the journeys the page never went quiet for long within a minute.)
  await expect.poll(() => payloads.includes("/zh-CN/cart")).toBe(true);
  await page.waitForTimeout(1_500);
  expect(productPayloads(), "no product was prefetched before the buyer reached for one").toEqual([]);

  const card = cards.nth(1);
  const href = (await card.getAttribute("href"))!;
  await card.hover();
  await expect.poll(productPayloads).toEqual([href]);
  await card.click();
  await expect(page).toHaveURL(href);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
