import { expect, test } from "@playwright/test";
import { demoAccounts, signIn, useEnglish } from "./support/session";

// A seller makes a token in the seller centre, a program reads the shop's orders with it, and once
// the seller revokes it the program is refused; the reference page reads under the storefront's CSP.
test("a seller makes an API token, reads their orders with it, and revokes it", async ({
  page,
  context,
  baseURL,
}) => {
  await useEnglish(context, baseURL ?? "");
  await signIn(page, demoAccounts.guo, "/seller");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
  await page.getByLabel("Name").fill("Stock sheet");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("shown only this once")).toBeVisible();
  const token = (await page.locator("code.select-all").textContent()) ?? "";
  expect(token).toMatch(/^xy_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("listitem").filter({ hasText: "Stock sheet" })).toContainText(
    token.slice(0, 11),
  );

  const read = await page.request.get("/api/v1/seller/orders?limit=2", {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(read.status()).toBe(200);
  const body = (await read.json()) as {
    data: { subtotal: { currency: string } }[];
    nextCursor: string | null;
  };
  expect(body.data).toHaveLength(2);
  expect(body.data[0]?.subtotal.currency).toBe("CNY");

  await page.getByRole("button", { name: "Revoke token Stock sheet" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Stock sheet" })).toContainText("Revoked");
  const refused = await page.request.get("/api/v1/seller/orders", {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
});

test("the API reference page lists every route of the served document, with no CSP complaint", async ({
  page,
}) => {
  const complaints: string[] = [];
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) complaints.push(message.text());
  });
  const documentResponse = await page.request.get("/api/v1/openapi.json");
  const document = (await documentResponse.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(document.openapi).toBe("3.1.0");
  await page.goto("/en/developers");
  await expect(page.getByRole("heading", { level: 1, name: "Open API reference" })).toBeVisible();
  for (const path of Object.keys(document.paths))
    await expect(page.getByRole("heading", { level: 3, name: `/api/v1${path}`, exact: true })).toBeVisible();
  expect(complaints).toEqual([]);
});
