import { expect, type Page, test } from "@playwright/test";
import { useEnglish } from "./support/session";

// A shopper on a village mobile connection: product pages they looked at still open when the network
// drops; their cart never comes from an old copy, they get the offline page instead.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test.beforeEach(async ({ context, baseURL }) => {
  await useEnglish(context, baseURL!);
});

/** Waits until the service worker is installed (precache done) and controls this page. */
async function serviceWorkerInCharge(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/**
 * Visits a page that, signed out, may send the browser on to sign in from the page itself: that
 * redirect cuts the first navigation short (ERR_ABORTED), and the page it leads to is what loads.
 */
async function visitAllowingItsRedirect(page: Page, path: string) {
  await page.goto(path).catch((error: unknown) => {
    if (!String(error).includes("ERR_ABORTED")) throw error;
  });
  await page.waitForLoadState("load");
}

/** The link of the `index`th product card on the current page that is not sold out. */
function productCard(page: Page, index: number) {
  return page
    .getByRole("main")
    .locator('a[href*="/p/"]')
    .filter({ hasNotText: /sold out/i })
    .nth(index);
}

test("a viewed product opens offline; the cart and an unseen product show the offline page", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await serviceWorkerInCharge(page);

  const unseenHref = await productCard(page, 1).getAttribute("href");
  await productCard(page, 0).click();
  await expect(page).toHaveURL(/\/p\/[^/]+$/);
  const productUrl = page.url();
  const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  await page.getByRole("button", { name: /add to cart/i }).click();
  await expect(page.getByText(/added to your cart/i)).toBeVisible();
  await page.goto("/cart");
  await expect(page.getByRole("main").getByText(title).first()).toBeVisible();

  // The worker keeps the product's page in the background after the visit: wait until it has.
  const productPath = new URL(productUrl).pathname;
  await expect
    .poll(() =>
      page.evaluate(async (path) => {
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys())
            if (new URL(request.url).pathname === path) return true;
        }
        return false;
      }, productPath),
    )
    .toBe(true);

  await context.setOffline(true);
  try {
    await page.goto(productUrl);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

    await page.goto("/cart");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/you are offline/i);
    await expect(page.getByText(title)).toHaveCount(0);

    await page.goto(unseenHref!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/you are offline/i);
  } finally {
    await context.setOffline(false);
  }

  // Back online, the cart is the live one again.
  await page.goto("/cart");
  await expect(page.getByRole("main").getByText(title).first()).toBeVisible();
});

test("the service worker keeps no copy of private pages, however often they are visited", async ({
  page,
}) => {
  await page.goto("/");
  await serviceWorkerInCharge(page);
  for (const path of ["/cart", "/checkout", "/orders", "/signin", "/seller", "/admin", "/api/auth/session"]) {
    await visitAllowingItsRedirect(page, path);
  }
  await page.goto("/");

  const keptPaths = await page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });

  expect(keptPaths).toContain("/en/offline");
  expect(keptPaths).toContain("/zh-CN/offline");
  for (const path of keptPaths) {
    expect(path).not.toMatch(
      /^\/((zh-CN|en)\/)?(cart|checkout|orders|pay|seller|admin|signin|signup|api)(\/|$)/,
    );
  }
});
