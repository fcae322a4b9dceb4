import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";

// Two clients on one machine: the server keys clients by the socket's address, and IPv4 and IPv6
// loopback are two addresses. X-Forwarded-For is ignored (no TRUST_PROXY), so it cannot fake a third.
const port = process.env.E2E_PORT ?? "3210";
const attackerOrigin = `http://127.0.0.1:${port}`;
const otherOrigin = `http://[::1]:${port}`;
const PASSWORD = "turquoise river tea";

/** A browser context on `origin` with the interface in English (as useEnglish sets it). */
async function englishContext(browser: Browser, origin: string) {
  const context = await browser.newContext({ baseURL: origin });
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: origin }]);
  return context;
}

const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** A new buyer through the sign-up form (its own account, so no other spec's limits are touched). */
async function signUpBuyer(browser: Browser, password = PASSWORD): Promise<string> {
  const email = `throttle-${stamp()}@example.test`;
  const context = await englishContext(browser, attackerOrigin);
  const page = await context.newPage();
  await page.goto("/signup");
  await page.getByRole("link", { name: /I want to buy/ }).click();
  await page.getByLabel("Your name").fill("Throttle Test");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create my account" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await context.close();
  return email;
}

async function signInPage(browser: Browser, origin: string): Promise<Page> {
  const context = await englishContext(browser, origin);
  const page = await context.newPage();
  await page.goto("/signin");
  return page;
}

async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Wrong passwords posted straight to the sign-in route until it answers with a wait of `atLeast` s. */
async function burstUntilWait(request: APIRequestContext, email: string, atLeast: number) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  let wait = 0;
  for (let i = 0; i < 200 && wait < atLeast; i++) {
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email, password: `wrong-${i}`, csrfToken, json: "true" },
      // A fresh forged address every time: it must not earn a fresh per-client budget.
      headers: { "x-forwarded-for": `198.51.100.${i % 250}` },
      maxRedirects: 0,
    });
    if (response.status() === 429) wait = Number(response.headers()["retry-after"]);
  }
  return wait;
}

test.describe("sign-in throttling in the browser", () => {
  test("repeated wrong sign-ins get 'try again in N'; the owner signs in from another client and after", async ({
    browser,
    playwright,
  }) => {
    const email = await signUpBuyer(browser);

    // In the browser: five wrong passwords are answered as wrong, the sixth starts a lockout.
    const page = await signInPage(browser, attackerOrigin);
    for (let i = 0; i < 5; i++) {
      await submitSignIn(page, email, `wrong ${i}`);
      await expect(page.getByText("That email and password do not match.")).toBeVisible();
    }
    await submitSignIn(page, email, "wrong again");
    await expect(
      page.getByText(/^Too many sign-in attempts\. Please try again in \d+ seconds?\.$/),
    ).toBeVisible();

    // A script from the same client, forging X-Forwarded-For, keeps being refused with 429 and
    // Retry-After, and the wait grows.
    const attacker = await playwright.request.newContext({ baseURL: attackerOrigin });
    const wait = await burstUntilWait(attacker, email, 4);
    expect(wait).toBeGreaterThanOrEqual(4);

    // The browser on that client is answered 429 straight from the route, and says how long to wait.
    const refused = page.waitForResponse((response) =>
      response.url().includes("/api/auth/callback/credentials"),
    );
    await submitSignIn(page, email, PASSWORD);
    const response = await refused;
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    await expect(
      page.getByText(/^Too many sign-in attempts\. Please try again in \d+ seconds?\.$/),
    ).toBeVisible();

    // The owner on another client signs in at once with the right password…
    const owner = await signInPage(browser, otherOrigin);
    await submitSignIn(owner, email, PASSWORD);
    await owner.waitForURL((url) => !url.pathname.startsWith("/signin"));
    await expect(owner.getByRole("button", { name: "Sign out" })).toBeVisible();

    // …and on the attacked client once the wait it was told is over.
    await page.waitForTimeout(Number(response.headers()["retry-after"]) * 1000 + 500);
    await submitSignIn(page, email, PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await attacker.dispose();
  });
});

test.describe("changing the password", () => {
  test("ends the session of another browser and keeps this one signed in", async ({ browser }) => {
    const email = await signUpBuyer(browser);
    const phone = await signInPage(browser, attackerOrigin);
    await submitSignIn(phone, email, PASSWORD);
    await phone.waitForURL((url) => !url.pathname.startsWith("/signin"));
    const laptop = await signInPage(browser, otherOrigin);
    await submitSignIn(laptop, email, PASSWORD);
    await laptop.waitForURL((url) => !url.pathname.startsWith("/signin"));
    await laptop.goto("/orders");
    await expect(laptop).toHaveURL(/\/orders$/);

    // On the phone, from the header: a common password is refused, a good one is taken.
    await phone.getByRole("link", { name: "Password" }).click();
    await expect(phone.getByRole("heading", { name: "Change your password" })).toBeVisible();
    await phone.getByLabel("Current password").fill(PASSWORD);
    await phone.getByLabel("New password").fill("password123");
    await phone.getByRole("button", { name: "Change password" }).click();
    await expect(phone.getByText("This password is too common")).toBeVisible();
    await phone.getByLabel("Current password").fill(PASSWORD);
    await phone.getByLabel("New password").fill("green tea on the mountain");
    await phone.getByRole("button", { name: "Change password" }).click();
    await expect(phone.getByText("Your password is changed.")).toBeVisible();

    // The phone stays signed in; the laptop's session has ended on the server.
    await phone.goto("/orders");
    await expect(phone).toHaveURL(/\/orders$/);
    await laptop.goto("/orders");
    await expect(laptop).toHaveURL(/\/signin\?callbackUrl=%2Forders$/);

    // The old password no longer signs in; the new one does.
    await submitSignIn(laptop, email, PASSWORD);
    await expect(laptop.getByText("That email and password do not match.")).toBeVisible();
    await submitSignIn(laptop, email, "green tea on the mountain");
    await laptop.waitForURL((url) => url.pathname === "/orders");
  });
});
