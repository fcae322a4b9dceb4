import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, test as base, expect, type Locator, type Page } from "@playwright/test";
import { demoAccounts, signIn } from "./support/session";

// A fake microphone that says "你好，这个手链还有货吗？" (espeak-ng, committed so CI needs no espeak).
const FAKE_MICROPHONE = fileURLToPath(new URL("../fixtures/fake-microphone.wav", import.meta.url));

// Only this file's browser gets the fake microphone: the other journeys keep the config's launch.
const test = base.extend<object, object>({
  launchOptions: [
    async ({ launchOptions }, use) => {
      await use({
        ...launchOptions,
        args: [
          ...(launchOptions.args ?? []),
          "--use-fake-ui-for-media-stream",
          "--use-fake-device-for-media-stream",
          `--use-file-for-fake-audio-capture=${FAKE_MICROPHONE}`,
          "--autoplay-policy=no-user-gesture-required",
        ],
      });
    },
    { scope: "worker" },
  ],
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const HOLD = /按住 说话|Hold to talk/;
const PLAY = /播放语音|Play voice message/;

async function newPerson(browser: Browser, baseURL: string, viewport: typeof PHONE, locale: string) {
  const context = await browser.newContext({ viewport, baseURL, permissions: ["microphone"] });
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  return context.newPage();
}

/** Holds the talk button for about two seconds of recording, then lets go, as on a phone. */
async function holdToTalk(page: Page) {
  const button = page.getByRole("button", { name: HOLD });
  const box = await button.boundingBox();
  if (!box) throw new Error("no talk button");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  // The button counts the seconds while it records: let go once two have passed.
  await expect(page.getByRole("button", { name: /松开 发送 · 2|Release to send · 2/ })).toBeVisible();
  await page.mouse.up();
}

/** Plays a voice message and waits until the audio has really advanced. */
async function playAndHear(voice: Locator, audio: Locator) {
  await voice.click();
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime))
    .toBeGreaterThan(0);
}

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
