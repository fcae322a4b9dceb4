import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { UPLOAD_BODY_LIMIT_BYTES } from "../../lib/http/body-limits";
import { useEnglish } from "./support/session";

// Requests a browser never sends, aimed at proxy.ts: oversized and chunked bodies, foreign origins,
// malformed server-action bodies, odd bytes in paths. Each must get a 4xx, never a 500, and the
// server must keep answering ordinary pages meanwhile.

type ActionCall = { path: string; headers: Record<string, string>; productId: string };

const BIG = Buffer.alloc(50 * 1024 * 1024, "a");

/** The add-to-cart action as the product page's own form posts it (its id changes with every build). */
async function captureAddToCart(page: Page): Promise<ActionCall> {
  await page.goto("/");
  await page
    .getByRole("main")
    .locator('a[href*="/p/"]')
    .filter({ hasNotText: /sold out/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/p\/[^/]+$/);
  const posted = page.waitForRequest(
    (request) => request.method() === "POST" && !!request.headers()["next-action"],
  );
  await page.getByRole("button", { name: /add to cart/i }).click();
  const request = await posted;
  const path = new URL(request.url()).pathname;
  const headers = request.headers();
  return {
    path,
    productId: path.split("/").pop() ?? "",
    headers: {
      "next-action": headers["next-action"] ?? "",
      "next-router-state-tree": headers["next-router-state-tree"] ?? "",
      accept: "text/x-component",
      origin: new URL(request.url()).origin,
    },
  };
}

function post(
  request: APIRequestContext,
  call: ActionCall,
  body: Buffer | string,
  headers: Record<string, string>,
) {
  return request.post(call.path, { headers: { ...call.headers, ...headers }, data: body, maxRedirects: 0 });
}

function multipart(fields: Record<string, string>) {
  const boundary = "----hardening";
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    body: `${parts.join("")}--${boundary}--\r\n`,
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

let call: ActionCall;

test.beforeAll(async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await useEnglish(context, baseURL!);
  call = await captureAddToCart(await context.newPage());
  await context.close();
});

test("a well-formed add-to-cart post still works", async ({ request }) => {
  const form = multipart({ "0": '[null,"$K1"]', "1_productId": call.productId, "1_quantity": "1" });
  const response = await post(request, call, form.body, { "content-type": form.contentType });
  expect(response.status()).toBe(200);
});

test("a 50 MB post to an action is refused with 413", async ({ request }) => {
  const response = await post(request, call, BIG, { "content-type": "multipart/form-data; boundary=x" });
  expect(response.status()).toBe(413);
});

test("20 such posts at once leave the storefront answering", async ({ request, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const attackers = await Promise.all(
    Array.from({ length: 20 }, () => playwright.request.newContext({ baseURL })),
  );
  try {
    const floods = attackers.map((context) =>
      post(context, call, BIG, { "content-type": "text/plain;charset=UTF-8" }).then((response) =>
        response.status(),
      ),
    );
    const page = await request.get("/");
    expect(page.status()).toBe(200);
    expect(new Set(await Promise.all(floods))).toEqual(new Set([413]));
  } finally {
    await Promise.all(attackers.map((context) => context.dispose()));
  }
});

test("an action posted from a foreign origin is refused with 403", async ({ request }) => {
  const form = multipart({ "0": '[null,"$K1"]', "1_productId": call.productId });
  const response = await post(request, call, form.body, {
    "content-type": form.contentType,
    origin: "https://evil.example",
  });
  expect(response.status()).toBe(403);
});

// Product saves skip proxy.ts (it would buffer their photos); the Node-level gate refuses these.
test("a product save from a foreign origin gets 403, and one over the upload limit 413", async ({
  request,
}) => {
  const headers = {
    "next-action": call.headers["next-action"] ?? "0",
    "content-type": "multipart/form-data; boundary=x",
  };
  const foreign = await request.post("/seller/products/new", {
    headers: { ...headers, origin: "https://evil.example" },
    data: Buffer.alloc(2 * 1024 * 1024, "a"),
    maxRedirects: 0,
  });
  expect(foreign.status()).toBe(403);
  const oversized = await request.post("/seller/products/new", {
    headers,
    data: Buffer.alloc(UPLOAD_BODY_LIMIT_BYTES + 1, "a"),
    maxRedirects: 0,
  });
  expect(oversized.status()).toBe(413);
});

test("malformed action bodies get 400, not 500", async ({ request }) => {
  const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
  const missingRoot = multipart({ "1_productId": call.productId });
  const deepRoot = multipart({ "0": deep });
  const notJsonRoot = multipart({ "0": "{not json" });
  const cases: [string, string | Buffer, string][] = [
    ["JSON content type", "[null]", "application/json"],
    ["text that is not JSON", "hello{", "text/plain;charset=UTF-8"],
    ["deeply nested JSON text", deep, "text/plain;charset=UTF-8"],
    ["multipart that is not form data", "garbage", "multipart/form-data; boundary=xyz"],
    ["form data without its argument field", missingRoot.body, missingRoot.contentType],
    ["a non-JSON argument field", notJsonRoot.body, notJsonRoot.contentType],
    ["a deeply nested argument field", deepRoot.body, deepRoot.contentType],
  ];
  for (const [name, body, contentType] of cases) {
    const response = await post(request, call, body, { "content-type": contentType });
    expect(response.status(), name).toBe(400);
  }
});

test("odd bytes in paths and searches get 400 or 404, never 500", async ({ request }) => {
  for (const path of [
    "/p/%FF",
    "/c/%ED%A0%80",
    "/p/%",
    "/p/a%00b",
    "/c/a%00b",
    "/s/%C0%AF",
    "/search?q=%00",
  ]) {
    const response = await request.get(path);
    expect([400, 404], path).toContain(response.status());
  }
  // A percent sign is an ordinary search.
  expect((await request.get("/search?q=%25")).status()).toBe(200);
});
