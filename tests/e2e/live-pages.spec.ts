import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import {
  expectVideoAdvancing,
  publishTestPattern,
  requireMediaServer,
  scheduleShow,
  stopPublishing,
} from "./support/live";
import { demoAccounts, signIn } from "./support/session";

// LIVE_SHOTS_DIR=/tmp/shots/live also saves each page, phone and desktop, in both languages.
const SHOTS = process.env.LIVE_SHOTS_DIR;
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
// Without screenshots, one look (the village's own language, on a phone) keeps CI fast.
const LOOKS: [string, keyof typeof SIZES][] = SHOTS
  ? [
      ["zh-CN", "phone"],
      ["zh-CN", "desktop"],
      ["en", "phone"],
      ["en", "desktop"],
    ]
  : [["zh-CN", "phone"]];

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  expect(serious).toEqual([]);
}

async function look(page: Page, name: string) {
  await expectNoSeriousViolations(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function sellerPage(browser: Browser, locale: string, size: keyof typeof SIZES, baseURL: string) {
  const context = await browser.newContext({ viewport: SIZES[size] });
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  const page = await context.newPage();
  await signIn(page, demoAccounts.guo, "/seller/live");
  return page;
}

test.beforeAll(requireMediaServer);

test("the live pages, live and scheduled, pass axe (and are photographed on a phone and a desktop in both languages)", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  const scheduler = await sellerPage(browser, "en", "phone", baseURL ?? "");
  const show = await scheduleShow(scheduler);
  // A second, upcoming show for the "coming up" list.
  const upcoming = await scheduleShow(scheduler);
  expect(upcoming.sessionId).not.toBe(show.sessionId);
  const obs = publishTestPattern(`${show.server}/${show.key}`);
  try {
    for (const [locale, size] of LOOKS) {
      {
        const context = await browser.newContext({ viewport: SIZES[size] });
        const buyer = await context.newPage();
        await buyer.goto(`/${locale}/live/${show.sessionId}`);
        await expect(buyer.getByTestId("live-status")).toHaveText(/LIVE|直播中/, { timeout: 20_000 });
        await expectVideoAdvancing(buyer);
        await look(buyer, `live-show-${locale}-${size}`);
        await buyer.goto(`/${locale}/live`);
        await expect(buyer.getByTestId("live-now").getByRole("link")).toHaveCount(1);
        await look(buyer, `live-list-${locale}-${size}`);
        await buyer.goto(`/${locale}`);
        await expect(buyer.getByTestId("live-strip")).toBeVisible();
        await buyer.goto(`/${locale}/live/${upcoming.sessionId}`);
        await expect(buyer.getByTestId("live-stage-message")).toBeVisible();
        await look(buyer, `live-upcoming-${locale}-${size}`);
        await context.close();

        const seller = await sellerPage(browser, locale, size, baseURL ?? "");
        await look(seller, `seller-live-${locale}-${size}`);
        await seller.goto(`/seller/live/${show.sessionId}`);
        await look(seller, `seller-console-live-${locale}-${size}`);
        await seller.goto(`/seller/live/${upcoming.sessionId}`);
        await look(seller, `seller-console-scheduled-${locale}-${size}`);
        await seller.context().close();
      }
    }
  } finally {
    await stopPublishing(obs);
  }
  // Calling off the upcoming show leaves the home page as the other journeys expect it.
  scheduler.on("dialog", (dialog) => dialog.accept());
  await scheduler.goto(`/seller/live/${upcoming.sessionId}`);
  await scheduler.getByRole("button", { name: "Cancel the show" }).click();
  await expect(scheduler.getByTestId("console-status")).toHaveText("Cancelled");
});
