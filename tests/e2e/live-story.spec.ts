// The whole story in one journey: a buyer on a phone watches Guo's live show (real video
// through nginx-rtmp), buys the product she pins at the show's price and pays, and later asks the
// shop a question by voice; Guo answers by voice and the buyer hears it.
import { expect } from "@playwright/test";
import {
  expectVideoAdvancing,
  pinFirstProduct,
  publishTestPattern,
  requireMediaServer,
  scheduleShow,
  stopPublishing,
} from "./support/live";
import { payOnHostedPage } from "./support/payments";
import { demoAccounts, signIn } from "./support/session";
import { DESKTOP, holdToTalk, newPerson, PHONE, PLAY, playAndHear, test } from "./support/voice";

test("a buyer on a phone watches a live show, buys the pinned bracelet, then asks by voice and hears the answer", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  requireMediaServer();
  const seller = await newPerson(browser, baseURL!, DESKTOP, "en");
  await signIn(seller, demoAccounts.guo, "/seller/live");
  const show = await scheduleShow(seller);
  const obs = publishTestPattern(`${show.server}/${show.key}`);
  try {
    // The buyer opens the show on her phone: it is live and the video plays.
    const buyer = await newPerson(browser, baseURL!, PHONE, "zh-CN");
    const showPath = `/zh-CN/live/${show.sessionId}`;
    // buyer2: her cart is empty here (the other buyer's holds the selling journey's line).
    await signIn(buyer, demoAccounts.buyer2, showPath);
    await buyer.goto(showPath);
    await expect(buyer.getByTestId("live-status")).toHaveText("直播中", { timeout: 20_000 });
    await expectVideoAdvancing(buyer);

    // Guo pins her first product: 1 unit at ¥9.90 (whatever its stock after the other journeys, one
    // is there). The card changes on the buyer's phone.
    await expect(seller.getByTestId("console-status")).toHaveText("● Live now", { timeout: 15_000 });
    await pinFirstProduct(seller, { quantity: 1, price: "9.9", limit: 1 });
    const card = buyer.getByTestId("live-pinned-card");
    await expect(card.getByTestId("live-session-price")).toHaveText("¥9.90");
    await card.getByRole("button", { name: "立即购买" }).click();

    // Checkout and pay at the show's price.
    await buyer.waitForURL(/\/checkout$/);
    await expect(buyer.getByRole("complementary")).toContainText("合计¥9.90");
    await buyer.getByLabel("收货人").fill("李娜");
    await buyer.getByLabel(/手机号码/).fill("13800138000");
    await buyer.getByLabel("省份").fill("湖北");
    await buyer.getByLabel("城市").fill("武汉");
    await buyer.getByLabel(/详细地址/).fill("解放路 1 号 302 室");
    await buyer.getByRole("button", { name: "提交订单并付款" }).click();
    await expect(buyer).toHaveURL(/\/pay\/[^/]+$/);
    await buyer.getByRole("link", { name: /去支付 ¥9\.90/ }).click();
    await payOnHostedPage(buyer, /card/i);
    await expect(buyer.getByText("谢谢！付款成功。", { exact: false })).toBeVisible();
    await expect(seller.getByTestId("console-current-pin")).toContainText("1 / 1");

    // Later, from the shop's bracelet, she asks by voice; Guo hears it and answers by voice.
    await buyer.goto(showPath);
    await buyer.getByRole("link", { name: /进店看看/ }).click();
    await buyer.waitForURL(/\/zh-CN\/s\/[^/]+$/);
    await buyer.getByRole("main").locator('a[href*="/p/"]').first().click();
    // The shop page has its own "ask the shop": press the product's, once its page is open.
    await buyer.waitForURL(/\/zh-CN\/p\//);
    await buyer.getByRole("button", { name: "问问店家" }).click();
    await buyer.waitForURL(/\/zh-CN\/messages\/[a-z0-9]+$/);
    const conversationId = new URL(buyer.url()).pathname.split("/").pop();
    await holdToTalk(buyer);
    await seller.goto(`/seller/messages/${conversationId}`);
    await playAndHear(seller.getByRole("button", { name: PLAY }), seller.getByTestId("voice-audio"));
    await holdToTalk(seller);
    await expect(buyer.getByRole("button", { name: PLAY })).toHaveCount(2);
    await playAndHear(
      buyer.getByRole("button", { name: PLAY }).nth(1),
      buyer.getByTestId("voice-audio").nth(1),
    );
  } finally {
    // Guo stops streaming: the show ends.
    await stopPublishing(obs);
  }
  await seller.goto(`/seller/live/${show.sessionId}`);
  await expect(seller.getByTestId("console-status")).toHaveText("Ended", { timeout: 15_000 });
});
