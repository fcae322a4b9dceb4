import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { demoAccounts, signIn, useEnglish } from "./support/session";

// Guo Mingfeng sells from her phone, by pictures: the journey runs on a phone-sized touch screen.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test.beforeEach(async ({ context, baseURL }) => {
  await useEnglish(context, baseURL!);
});

async function braceletPhoto(): Promise<Buffer> {
  const bead = Buffer.from(
    '<svg width="640" height="480"><circle cx="320" cy="240" r="150" fill="none" stroke="#1aa39a" stroke-width="48" stroke-dasharray="40 12"/></svg>',
  );
  return sharp({ create: { width: 640, height: 480, channels: 3, background: "#f3eadb" } })
    .composite([{ input: bead }])
    .png()
    .toBuffer();
}

test("a seller adds a product with a photo and ships a paid order", async ({ page }) => {
  const name = `E2E bracelet ${Date.now()}`;
  await signIn(page, demoAccounts.guo, "/seller");
  await page.goto("/seller");

  // Add a product: photo first, category by picture, price on the number pad.
  await page
    .getByRole("link", { name: /add product/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/seller\/products\/new$/);
  await page
    .getByLabel("Take a photo")
    .setInputFiles({ name: "bracelet.png", mimeType: "image/png", buffer: await braceletPhoto() });
  await expect(page.getByRole("img", { name: "Photo 1" })).toBeVisible();
  await page.getByRole("radio", { name: /turquoise/i }).check();
  for (const key of ["1", "2", "Decimal point", "3", "0"]) {
    await page.getByRole("button", { name: key, exact: true }).click();
  }
  await expect(page.getByRole("textbox", { name: "Price" })).toHaveValue("12.30");
  await page.getByRole("button", { name: "One more" }).click();
  await expect(page.getByRole("spinbutton", { name: "Stock" })).toHaveValue("2");
  // Picking the category filled in a name; an English one makes this product easy to find again.
  await expect(page.getByLabel("Name in Chinese")).not.toHaveValue("");
  await page.getByLabel("Name in English (optional)").fill(name);
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page).toHaveURL(/\/seller\/products\?saved=/);
  await expect(page.getByRole("status")).toContainText("Saved");
  const card = page.getByRole("link", { name: `Change ${name}` });
  await expect(card).toBeVisible();
  await expect(card).toContainText("¥12.30");
  await expect(card).toContainText("On sale");

  // Ship a paid order with SF Express.
  await page
    .getByRole("navigation", { name: "Shop menu" })
    .getByRole("link", { name: /orders/i })
    .click();
  await expect(page).toHaveURL(/\/seller\/orders/);
  await page.getByRole("list", { name: "To ship" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/seller\/orders\/[a-z0-9-]+$/);
  const heading = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  const orderNumber = heading.replace("Order", "").trim();
  expect(orderNumber).not.toBe("");

  await page.getByRole("radio", { name: "SF Express" }).check();
  await page.getByRole("textbox", { name: "Tracking number" }).fill("SF1234567890123");
  await page.getByRole("button", { name: "Mark shipped" }).click();

  await expect(page).toHaveURL(/tab=shipped/);
  await expect(page.getByRole("status")).toContainText("Marked as shipped");
  const shipped = page
    .getByRole("list", { name: "Shipped" })
    .getByRole("link", { name: new RegExp(orderNumber) });
  await expect(shipped).toBeVisible();
  await shipped.click();
  await expect(page.getByText("Shipped with SF Express")).toBeVisible();
  await expect(page.getByText("SF1234567890123")).toBeVisible();
});

test("a text file sent as a photo and a missing price get errors next to those fields", async ({ page }) => {
  await signIn(page, demoAccounts.guo, "/seller/products/new");
  await page.goto("/seller/products/new");
  await page
    .getByLabel("Take a photo")
    .setInputFiles({ name: "bracelet.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not a photo") });
  await page.getByRole("radio", { name: /tea/i }).check();
  await page.getByRole("button", { name: "Save" }).click();

  await expect(
    page.getByRole("alert").filter({ hasText: "Please fix the fields marked in red" }),
  ).toBeVisible();
  await expect(page.getByText("This file is not a photo")).toBeVisible();
  await expect(page.getByText("Type a price")).toBeVisible();
  await expect(page).toHaveURL(/\/seller\/products\/new$/);
});
