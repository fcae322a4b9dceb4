import { expect, test } from "@playwright/test";
import { payOnHostedPage } from "./support/payments";
import { demoAccounts, signIn, useEnglish } from "./support/session";

// Real money through the Stripe code path: a buyer pays with Alipay on the hosted page, the seller
// sees the money on its way, the village admin refunds one item and the buyer sees it.
test("a paid order's money: on its way to the seller, one item refunded by the admin, seen by the buyer", async ({
  browser,
  baseURL,
}) => {
  const buyer = await browser.newContext();
  await useEnglish(buyer, baseURL ?? "");
  const page = await buyer.newPage();
  await signIn(page, demoAccounts.buyer2);
  await page.goto("/s/guo-mingfeng-turquoise");
  await page.getByRole("link", { name: /¥/ }).first().click();
  // Two of it, so refunding one leaves one paid.
  await page.getByRole("spinbutton").fill("2");
  await page.getByRole("button", { name: /add to cart/i }).click();
  await expect(page.getByText(/added to your cart/i)).toBeVisible();
  await page.goto("/checkout");
  await page.getByLabel(/recipient name/i).fill("Zhang Wei");
  await page.getByLabel(/mobile phone/i).fill("13900139000");
  await page.getByLabel(/province/i).fill("Hubei");
  await page.getByLabel(/city/i).fill("Shiyan");
  await page.getByLabel(/street address/i).fill("8 Renmin Road");
  await page.getByRole("button", { name: /place order/i }).click();
  await expect(page).toHaveURL(/\/pay\/[^/]+$/);
  await page.getByRole("link", { name: /^pay ¥/i }).click();
  await payOnHostedPage(page, /alipay/i);
  await expect(page).toHaveURL(/\/orders\/[^/?]+\?paid=1$/);
  await expect(page.getByText(/payment went through/i)).toBeVisible();
  const number = /XY\d{14}/.exec(await page.getByRole("heading", { level: 1 }).innerText())?.[0] ?? "";
  expect(number).not.toBe("");
  const orderUrl = page.url().replace(/\?paid=1$/, "");

  const seller = await browser.newContext();
  await useEnglish(seller, baseURL ?? "");
  const sellerPage = await seller.newPage();
  await signIn(sellerPage, demoAccounts.guo, "/seller/payouts");
  await expect(sellerPage.getByRole("heading", { level: 1 })).toContainText("My money");
  await expect(sellerPage.getByText("No payout account yet")).toBeVisible();
  await expect(sellerPage.getByText("On the way", { exact: true }).first().locator("..")).toContainText(
    /¥[1-9]/,
  );

  const admin = await browser.newContext();
  await useEnglish(admin, baseURL ?? "");
  const adminPage = await admin.newPage();
  await signIn(adminPage, demoAccounts.admin, "/admin/orders");
  await adminPage.getByLabel("Order number").fill(number);
  await adminPage.getByRole("button", { name: "Find" }).click();
  await adminPage
    .getByRole("link", { name: /open parcel/i })
    .first()
    .click();
  await adminPage
    .getByRole("button", { name: /^one more:/i })
    .first()
    .click();
  await adminPage.getByRole("button", { name: /^refund$/i }).click();
  await adminPage.getByRole("button", { name: /yes, refund/i }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: /refunded ¥/i })).toBeVisible();
  await expect(adminPage.getByText("Sent to the buyer")).toBeVisible();

  await page.goto(orderUrl);
  await expect(page.getByText(/refunded ¥[1-9]/i).first()).toBeVisible();
  await expect(page.getByText(/1 refunded/i).first()).toBeVisible();
});
