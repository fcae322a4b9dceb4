import { expect, type Page, test } from "@playwright/test";
import { demoAccounts, signIn, useEnglish } from "./support/session";

function expectCommonHeaders(response: { headers(): Record<string, string> } | null) {
  expect(response, "a response").not.toBeNull();
  const headers = response?.headers() ?? {};
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "connect-src 'self'",
    "report-uri /api/csp-report",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).toMatch(/form-action 'self' https:\/\/checkout\.stripe\.com/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // The tests serve plain http: no HSTS, which would pin the browser to https.
  expect(headers["strict-transport-security"]).toBeUndefined();
  return headers;
}

/** Collects what the browser says about the page's Content-Security-Policy. */
function cspComplaints(page: Page) {
  const complaints: string[] = [];
  page.on("console", (message) => {
    if (/content security policy|content-security-policy/i.test(message.text()))
      complaints.push(message.text());
  });
  page.on("pageerror", (error) => {
    if (/content security policy/i.test(error.message)) complaints.push(error.message);
  });
  return complaints;
}

test.beforeEach(async ({ context, baseURL }) => {
  await useEnglish(context, baseURL ?? "");
});

test("a storefront page has the security headers, denies the camera and logs no CSP violation", async ({
  page,
}) => {
  const complaints = cspComplaints(page);
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.effectiveDirective} ${event.blockedURI}`,
      );
    });
  });
  const response = await page.goto("/");
  const headers = expectCommonHeaders(response);
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  // The page works: its client code ran (a product link navigates without a full reload).
  await page
    .getByRole("link")
    .filter({ has: page.getByRole("img") })
    .first()
    .click();
  await page.waitForURL(/\/p\//);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("load");
  expect(complaints).toEqual([]);
  expect(violations).toEqual([]);
});

test("the seller's product page allows the camera and microphone for this site only", async ({ page }) => {
  await signIn(page, demoAccounts.guo, "/seller");
  const complaints = cspComplaints(page);
  const response = await page.goto("/seller/products/new");
  const headers = expectCommonHeaders(response);
  expect(headers["permissions-policy"]).toContain("camera=(self)");
  expect(headers["permissions-policy"]).toContain("microphone=(self)");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(complaints).toEqual([]);
});

test("an API route has the headers, and the CSP report endpoint takes a report and answers 204", async ({
  request,
}) => {
  const health = await request.get("/healthz");
  expectCommonHeaders(health);
  const report = await request.post("/api/csp-report", {
    headers: { "Content-Type": "application/csp-report" },
    data: JSON.stringify({
      "csp-report": {
        "document-uri": "http://localhost/p/abc?token=secret",
        "effective-directive": "script-src-elem",
        "blocked-uri": "https://evil.example/x.js",
      },
    }),
  });
  expect(report.status()).toBe(204);
  expectCommonHeaders(report);
  const tooLarge = await request.post("/api/csp-report", {
    headers: { "Content-Type": "application/csp-report" },
    data: "x".repeat(64 * 1024),
  });
  expect(tooLarge.status()).toBe(413);
});

test("per-user pages allow only scripts with a nonce made for that response, and run", async ({ page }) => {
  const complaints = cspComplaints(page);
  const nonces = new Set<string>();
  for (let visit = 0; visit < 2; visit++) {
    const response = await page.goto("/signin");
    const csp = expectCommonHeaders(response)["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).not.toContain("unsafe-inline");
    const nonce = /script-src 'self' 'nonce-([^']+)' 'strict-dynamic'/.exec(scriptSrc)?.[1];
    expect(nonce, csp).toBeTruthy();
    nonces.add(nonce ?? "");
    // Every script the server wrote carries this response's nonce. (Chunks that Next's runtime adds
    // later, for prefetched links, carry none: 'strict-dynamic' trusts what a nonced script loads,
    // and a refused one would show in `complaints`.)
    const html = (await response?.text()) ?? "";
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(
      ([tag]) => /\snonce="([^"]*)"/.exec(tag)?.[1] ?? "",
    );
    expect(scripts.length).toBeGreaterThan(0);
    expect(new Set(scripts)).toEqual(new Set([nonce]));
  }
  expect(nonces.size).toBe(2);
  // The page's scripts ran: signing in works, and nothing was refused.
  await signIn(page, demoAccounts.buyer2, "/en");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect(complaints).toEqual([]);
});
