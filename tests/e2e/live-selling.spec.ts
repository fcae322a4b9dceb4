// Selling during a live show, in the browser: the seller pins from her console, a buyer on a phone
// sees the card appear, buys at the session price and reaches checkout at it; chat reaches other
// viewers and a line the seller removes disappears for everyone. The show is made straight in the
// database (status LIVE): the video pipeline is not needed for selling.
import { createHash, randomBytes } from "node:crypto";
import { type Browser, expect, test } from "@playwright/test";
import pg from "pg";
import { mediaCallbackToken } from "../../lib/live/media/callback-token";
import { callbackBaseUrl, pinFirstProduct } from "./support/live";
import { demoAccounts, signIn } from "./support/session";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/**
 * A live show of Guo's shop with her products, as the media server's publish callback leaves it;
 * `streamKey` ends it the way nginx does when the publisher stops.
 */
async function liveShowOfGuo() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ shopId: string }>(
      `SELECT s."id" AS "shopId" FROM "Shop" s JOIN "User" u ON u."id" = s."ownerId" WHERE u."email" = $1`,
      [demoAccounts.guo],
    );
    const shopId = rows[0]?.shopId;
    if (!shopId) throw new Error("the demo data has no shop for Guo");
    // One show live per shop: an earlier journey's show is over.
    await client.query(
      `UPDATE "LiveSession" SET "status" = 'ENDED', "endedAt" = now() WHERE "shopId" = $1 AND "status" = 'LIVE'`,
      [shopId],
    );
    const sessionId = `e2e${randomBytes(8).toString("hex")}`;
    const streamKey = `xy${randomBytes(20).toString("hex")}`;
    await client.query(
      `INSERT INTO "LiveSession" ("id", "shopId", "title", "scheduledAt", "status", "streamKeyHash", "startedAt")
       VALUES ($1, $2, '今晚绿松石专场', now(), 'LIVE', $3, now())`,
      [sessionId, shopId, createHash("sha256").update(streamKey).digest("hex")],
    );
    await client.query(
      `INSERT INTO "LiveSessionProduct" ("sessionId", "productId", "sortOrder")
       SELECT $1, "id", 0 FROM "Product" WHERE "shopId" = $2 AND "status" = 'ACTIVE' AND "stock" >= 5
       ORDER BY "priceFen" LIMIT 1`,
      [sessionId, shopId],
    );
    return { sessionId, streamKey };
  } finally {
    await client.end();
  }
}

/** nginx-rtmp's publish_done for the show: it ends, and the pin's unsold units go back to stock. */
async function endShow(baseURL: string, streamKey: string) {
  const token = mediaCallbackToken(process.env.NEXTAUTH_SECRET ?? "");
  const response = await fetch(`${callbackBaseUrl(baseURL)}/api/internal/live/publish-done?token=${token}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ call: "publish_done", app: "live", name: streamKey }).toString(),
  });
  expect(await response.json()).toEqual({ ended: true });
}

async function person(
  browser: Browser,
  baseURL: string,
  viewport: typeof PHONE,
  email: string,
  path: string,
) {
  const context = await browser.newContext({ viewport, baseURL });
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL }]);
  const page = await context.newPage();
  await signIn(page, email, path);
  await page.goto(path);
  return page;
}

test("a buyer on a phone sees the pin, buys at the session price, chats; a removed line disappears", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { sessionId, streamKey } = await liveShowOfGuo();
  const livePath = `/zh-CN/live/${sessionId}`;
  const seller = await person(browser, baseURL ?? "", DESKTOP, demoAccounts.guo, `/seller/live/${sessionId}`);
  const buyer = await person(browser, baseURL ?? "", PHONE, demoAccounts.buyer, livePath);
  const otherViewer = await person(browser, baseURL ?? "", PHONE, demoAccounts.buyer2, livePath);
  await expect(buyer.getByTestId("live-pinned-card")).toContainText("主播还没有上架商品");

  // The seller picks the photo, sets 5 units at ¥9.90 with a limit of 1, and pins.
  await pinFirstProduct(seller, { quantity: 5, price: "9.9", limit: 1 });

  // Without reloading, the buyer's card shows the session price and what is left.
  const card = buyer.getByTestId("live-pinned-card");
  await expect(card.getByTestId("live-session-price")).toHaveText("¥9.90");
  await expect(card).toContainText("直播价还剩 5 件");
  await expect(card).toContainText("每人限购 1 件");
  await card.getByRole("button", { name: "立即购买" }).click();
  await buyer.waitForURL(/\/checkout$/);
  await expect(buyer.getByRole("complementary")).toContainText("¥9.90");

  // Chat: one viewer writes, the other sees it, the seller removes it, it is gone for both.
  await otherViewer.getByPlaceholder(/说点什么/).fill("加我微信买更便宜");
  await otherViewer.getByRole("button", { name: "发送" }).click();
  await buyer.goto(livePath);
  const spam = (page: typeof buyer) => page.getByTestId("live-chat").getByText("加我微信买更便宜");
  await expect(spam(buyer)).toBeVisible();
  await expect(spam(otherViewer)).toBeVisible();
  const line = seller
    .getByTestId("console-chat")
    .getByTestId("live-chat-line")
    .filter({ hasText: "加我微信买更便宜" });
  await line.getByRole("button", { name: "删除" }).click();
  await expect(spam(buyer)).toHaveCount(0);
  await expect(spam(otherViewer)).toHaveCount(0);
  // A fresh page (the list read again) does not bring it back.
  await otherViewer.reload();
  await expect(otherViewer.getByTestId("live-pinned-card")).toBeVisible();
  await expect(spam(otherViewer)).toHaveCount(0);

  // The show ends as nginx ends it, so later journeys find Guo's shop with no show live.
  await endShow(baseURL ?? "", streamKey);
});
