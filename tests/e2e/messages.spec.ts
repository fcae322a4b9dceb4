import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { demoAccounts, signIn } from "./support/session";
import { DESKTOP, holdToTalk, newPerson, PHONE, PLAY, playAndHear, test } from "./support/voice";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  expect(serious).toEqual([]);
}

test("a buyer on a phone asks a shop by voice from a product page, and the seller answers by voice", async ({
  browser,
  baseURL,
}, testInfo) => {
  const buyer = await newPerson(browser, baseURL!, PHONE, "zh-CN");
  await signIn(buyer, demoAccounts.buyer, "/zh-CN/s/guo-mingfeng-turquoise");
  await buyer.goto("/zh-CN/s/guo-mingfeng-turquoise");
  await buyer.getByRole("main").locator('a[href*="/p/"]').first().click();
  await buyer.waitForURL(/\/p\//);
  await buyer.getByRole("button", { name: "问问店家" }).click();
  await buyer.waitForURL(/\/zh-CN\/messages\/[a-z0-9]+$/);
  const conversationPath = new URL(buyer.url()).pathname;
  await expect(buyer.getByRole("list", { name: "对话" }).getByText("商品", { exact: true })).toBeVisible();

  // The seller sees one unread message on her menu, opens the conversation, and waits there.
  const seller = await newPerson(browser, baseURL!, DESKTOP, "zh-CN");
  await signIn(seller, demoAccounts.guo, "/seller");
  await expect(seller.getByTestId("nav-badge-messages")).toHaveText("1");
  await seller.getByRole("link", { name: /消息/ }).first().click();
  await seller
    .getByRole("main")
    .getByRole("link", { name: /\[商品\]/ })
    .click();
  await seller.waitForURL(/\/seller\/messages\/[a-z0-9]+$/);

  await holdToTalk(buyer);
  await expect(buyer.getByRole("button", { name: PLAY })).toHaveCount(1);

  // It arrives on the seller's open page without a reload; she plays it and answers by voice.
  await expect(seller.getByRole("button", { name: PLAY })).toHaveCount(1);
  await playAndHear(seller.getByRole("button", { name: PLAY }), seller.getByTestId("voice-audio"));
  await holdToTalk(seller);
  await expect(seller.getByRole("button", { name: PLAY })).toHaveCount(2);

  await expect(buyer.getByRole("button", { name: PLAY })).toHaveCount(2);
  await playAndHear(
    buyer.getByRole("button", { name: PLAY }).nth(1),
    buyer.getByTestId("voice-audio").nth(1),
  );

  await expectNoSeriousViolations(buyer);
  await expectNoSeriousViolations(seller);

  // Looked at by people: both pages, both languages, phone and desktop.
  for (const [name, page, enPath] of [
    ["buyer", buyer, conversationPath.replace("/zh-CN/", "/en/")],
    ["seller", seller, null],
  ] as const) {
    for (const language of ["zh-CN", "en"] as const) {
      if (language === "en") {
        await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
        await (enPath ? page.goto(enPath) : page.reload());
        await expect(page.getByRole("button", { name: PLAY })).toHaveCount(2);
      }
      for (const [size, viewport] of [
        ["phone", PHONE],
        ["desktop", DESKTOP],
      ] as const) {
        await page.setViewportSize(viewport);
        await page.screenshot({
          path: testInfo.outputPath(`${name}-${language}-${size}.png`),
          fullPage: true,
        });
      }
    }
  }
  await expectNoSeriousViolations(buyer);
});
