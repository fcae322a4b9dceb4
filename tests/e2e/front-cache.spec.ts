import {
  type APIRequestContext,
  type APIResponse,
  type Browser,
  expect,
  type Page,
  test,
} from "@playwright/test";
import { demoAccounts, signIn, useEnglish } from "./support/session";

// The journeys run through the nginx front (scripts/lib/front/), which keeps a compressed copy of a
// public page for a second. What it keeps must be the same for everyone: a per-user answer, one
// that sets a cookie, or the server-components payload in place of the HTML must never reach
// someone else, and a seller's edit still shows within seconds.

const CACHED = new Set(["HIT", "STALE", "UPDATING", "REVALIDATED"]); // every way nginx says "a copy"

function cacheStatus(response: APIResponse): string {
  const status = response.headers()["x-cache"];
  // Without it the journeys ran against Next directly, and nothing here would prove anything.
  expect(status, "X-Cache from the nginx front (scripts/test.ts starts it)").toBeTruthy();
  return status ?? "";
}

/**
 * Asks until the answer is the front's copy: the front copies what Next answered from its own
 * cache, so a page Next renders on its first visit is copied on the second and served on the third.
 */
async function copyOf(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  let response: APIResponse | undefined;
  await expect
    .poll(async () => {
      response = await request.get(path, { headers });
      return CACHED.has(cacheStatus(response));
    })
    .toBe(true);
  return response!;
}

async function englishPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext();
  // biome-ignore lint/correctness/useHookAtTopLevel: a Playwright helper named like a hook, not a React hook
  await useEnglish(context, baseURL);
  return context.newPage();
}

test("a storefront page is served compressed from the front, and its payload request never gets its HTML", async ({
  page,
  baseURL,
  request,
}) => {
  const path = "/en/c/tea";
  // One copy per encoding: every visit asks for gzip.
  const html = await copyOf(request, path, { "accept-encoding": "gzip" });
  expect(html.status()).toBe(200);
  expect(html.headers()["content-encoding"]).toBe("gzip");
  expect(html.headers()["content-type"]).toContain("text/html");

  // The client router asks for the server-components payload with its own headers: caught from the
  // browser as it moves to a category, then asked again with and without them.
  await useEnglish(page.context(), baseURL!);
  const routerRequest = page.waitForRequest((sent) => sent.headers().rsc === "1");
  await page.goto("/en");
  await page.getByRole("main").locator('a[href*="/c/"]').first().click();
  const sent = await routerRequest;
  const routerHeaders = Object.fromEntries(
    Object.entries(sent.headers()).filter(([name]) => name === "rsc" || name.startsWith("next-")),
  );
  for (let i = 0; i < 2; i++) {
    const payload = await request.get(sent.url(), { headers: routerHeaders, maxRedirects: 0 });
    expect(payload.headers()["content-type"]).toContain("text/x-component");
    expect(await payload.text()).not.toContain("<html");
  }
  const plain = await request.get(sent.url(), { maxRedirects: 0 });
  expect(plain.headers()["content-type"] ?? "").not.toContain("text/x-component");
});

test("one visitor's cart, session and sign-in token never reach another through the front", async ({
  browser,
  baseURL,
  playwright,
}) => {
  const buyer = await englishPage(browser, baseURL!);
  await signIn(buyer, demoAccounts.buyer2, "/en");
  await buyer.goto("/en/c/tea");
  await buyer
    .getByRole("main")
    .locator('a[href*="/p/"]')
    .filter({ hasNotText: /sold out/i })
    .first()
    .click();
  // The category page's heading is "Tea" too: read the product's only once it has opened.
  await buyer.waitForURL(/\/en\/p\//);
  const productName = (await buyer.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  expect(productName).not.toBe("");
  await buyer.getByRole("button", { name: "Add to cart" }).click();
  await expect(buyer.getByText(/Added/)).toBeVisible();

  // The buyer's own answers, asked twice within a second: never a copy.
  for (const path of ["/api/me", "/en/cart"]) {
    for (let i = 0; i < 2; i++) {
      expect(CACHED.has(cacheStatus(await buyer.request.get(path))), path).toBe(false);
    }
  }
  const mine = (await (await buyer.request.get("/api/me")).json()) as { role: string; cartCount: number };
  expect(mine.role).toBe("BUYER");
  expect(mine.cartCount).toBeGreaterThan(0);

  // A stranger right after, at the same URLs, gets their own: nobody signed in, an empty cart.
  const stranger = await playwright.request.newContext({ baseURL });
  const theirs = await stranger.get("/api/me");
  expect(CACHED.has(cacheStatus(theirs))).toBe(false);
  expect(await theirs.json()).toMatchObject({ role: null, cartCount: 0 });
  const strangerCart = await stranger.get("/en/cart");
  expect(CACHED.has(cacheStatus(strangerCart))).toBe(false);
  await buyer.goto("/en/cart");
  await expect(buyer.getByRole("main")).toContainText(productName);
  const strangerPage = await englishPage(browser, baseURL!);
  await strangerPage.goto("/en/cart");
  await expect(strangerPage.getByRole("main")).not.toContainText(productName);
  // The demo buyer's cart is shared with the other journeys (payments checks out what it holds).
  await buyer.getByRole("button", { name: `Remove ${productName} from the cart` }).click();
  await expect(buyer.getByRole("main")).not.toContainText(productName);

  // Sign-in pages and tokens are made per visitor: each answer sets its own cookie and policy.
  const first = await stranger.get("/api/auth/csrf");
  const second = await (await playwright.request.newContext({ baseURL })).get("/api/auth/csrf");
  for (const answer of [first, second]) {
    expect(answer.headers()["set-cookie"]).toBeTruthy();
    expect(CACHED.has(cacheStatus(answer))).toBe(false);
  }
  expect(((await first.json()) as { csrfToken: string }).csrfToken).not.toBe(
    ((await second.json()) as { csrfToken: string }).csrfToken,
  );
  const policies = await Promise.all(
    [0, 1].map(async () => (await stranger.get("/signin")).headers()["content-security-policy"]),
  );
  expect(policies[0]).toMatch(/'nonce-/);
  expect(policies[0]).not.toBe(policies[1]);
  await stranger.dispose();
});

test("a seller's new price replaces the front's copy of the product page within seconds", async ({
  browser,
  baseURL,
}) => {
  const buyer = await englishPage(browser, baseURL!);
  await buyer.goto("/en/s/wang-huajian-tea");
  const productPath =
    (await buyer.getByRole("main").locator('a[href*="/p/"]').first().getAttribute("href")) ?? "";
  expect(productPath).toMatch(/^\/en\/p\/[a-z0-9]+$/);
  await copyOf(buyer.request, productPath);

  const seller = await englishPage(browser, baseURL!);
  const productId = productPath.split("/").pop();
  await signIn(seller, demoAccounts.wang, `/seller/products/${productId}`);
  await seller.goto(`/seller/products/${productId}`);
  const priceField = seller.locator("#priceYuan");
  const oldPrice = await priceField.inputValue();
  const price = `${100 + (Date.now() % 50)}.30`;
  const save = async (value: string) => {
    await seller.goto(`/seller/products/${productId}`);
    await priceField.fill(value);
    await seller.getByRole("button", { name: "Save" }).click();
    await expect(seller).toHaveURL(/\/seller\/products\?saved=/);
  };
  await save(price);
  try {
    // A buyer asking again and again (each answer a copy while it lasts) sees it within seconds.
    await expect(async () => {
      const response = await buyer.request.get(productPath);
      expect(await response.text()).toContain(`¥${price}`);
    }).toPass({ timeout: 5_000 });
    await buyer.goto(productPath);
    await expect(buyer.getByRole("main")).toContainText(`¥${price}`);
  } finally {
    await save(oldPrice);
  }
});
