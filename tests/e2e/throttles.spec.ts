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
  await page.waitForURL((url) => url.pathname === "/en");
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

/** `count` wrong passwords posted straight to the sign-in route, each with a new forged address. */
async function forgedBurst(request: APIRequestContext, email: string, count: number) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answers: { status: number; retryAfter: number }[] = [];
  for (let i = 0; i < count; i++) {
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email, password: `wrong-${i}`, csrfToken, json: "true" },
      headers: { "x-forwarded-for": `198.51.100.${i + 1}` },
      maxRedirects: 0,
    });
    answers.push({ status: response.status(), retryAfter: Number(response.headers()["retry-after"]) });
  }
  return answers;
}

test.describe("sign-in throttling in the browser", () => {
  test("repeated wrong sign-ins get 'try again in N' and 429s; the owner signs in from another client", async ({
    browser,
    playwright,
  }) => {
    const email = await signUpBuyer(browser);

    // In the browser: wrong passwords are answered as wrong until the lockout starts (after five),
    // then the form says how long to wait.
    const page = await signInPage(browser, attackerOrigin);
    const throttledText = page.getByText(
      /^Too many sign-in attempts\. Please try again in \d+ (seconds?|minutes?)\.$/,
    );
    const wrongText = page.getByText("That email and password do not match.");
    let wrongAnswers = 0;
    for (let i = 0; i < 8 && !(await throttledText.isVisible()); i++) {
      const answered = page.waitForResponse((response) => response.url().includes("/callback/credentials"));
      await submitSignIn(page, email, `wrong ${i}`);
      await answered;
      await expect(wrongText.or(throttledText)).toBeVisible();
      if (await wrongText.isVisible()) wrongAnswers++;
    }
    await expect(throttledText).toBeVisible();
    expect(wrongAnswers).toBeGreaterThanOrEqual(5);
    expect(wrongAnswers).toBeLessThanOrEqual(6);

    // A script from the same client, forging a fresh X-Forwarded-For each time, earns no fresh
    // budget: every post is refused with 429 and Retry-After before any password is checked.
    const attacker = await playwright.request.newContext({ baseURL: attackerOrigin });
    for (const answer of await forgedBurst(attacker, email, 10)) {
      expect(answer.status).toBe(429);
      expect(answer.retryAfter).toBeGreaterThan(0);
    }
    await attacker.dispose();

    // The browser on that client is answered 429 straight from the route, even with the right
    // password, and says how long to wait.
    const refused = page.waitForResponse((response) =>
      response.url().includes("/api/auth/callback/credentials"),
    );
    await submitSignIn(page, email, PASSWORD);
    const response = await refused;
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    await expect(throttledText).toBeVisible();

    // The owner on another client signs in at once with the right password.
    const owner = await signInPage(browser, otherOrigin);
    await submitSignIn(owner, email, PASSWORD);
    await owner.waitForURL((url) => !url.pathname.startsWith("/signin"));
    await expect(owner.getByRole("button", { name: "Sign out" })).toBeVisible();
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
    await expect(laptop).toHaveURL(/\/signin\?callbackUrl=%2Fen%2Forders$/);

    // The old password no longer signs in; the new one does.
    await submitSignIn(laptop, email, PASSWORD);
    await expect(laptop.getByText("That email and password do not match.")).toBeVisible();
    await submitSignIn(laptop, email, "green tea on the mountain");
    await laptop.waitForURL((url) => url.pathname === "/en/orders");
  });
});
