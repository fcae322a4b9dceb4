import { test as base, expect } from "@playwright/test";
import {
  exitOf,
  expectVideoAdvancing,
  firstPlaylistAt,
  publishTestPattern,
  reportStreamLatency,
  requireMediaServer,
  scheduleShow,
  stopPublishing,
} from "./support/live";
import { demoAccounts, signIn, useEnglish } from "./support/session";

// A fake camera and microphone for "Go live" from the browser; video may autoplay with sound.
const test = base.extend<object, object>({
  launchOptions: [
    async ({ launchOptions }, use) => {
      await use({
        ...launchOptions,
        args: [
          ...(launchOptions.args ?? []),
          "--use-fake-ui-for-media-stream",
          "--use-fake-device-for-media-stream",
          "--autoplay-policy=no-user-gesture-required",
        ],
      });
    },
    { scope: "worker" },
  ],
});

test.beforeAll(requireMediaServer);

test("a seller streams from OBS: a wrong key is refused, the right one goes live for buyers, stopping ends it with a replay", async ({
  browser,
  baseURL,
}) => {
  const sellerContext = await browser.newContext();
  await useEnglish(sellerContext, baseURL ?? "");
  const seller = await sellerContext.newPage();
  await signIn(seller, demoAccounts.guo, "/seller/live");
  const show = await scheduleShow(seller);
  expect(show.key.length).toBeGreaterThan(30);

  // nginx asks the app, the app refuses: ffmpeg is dropped and the show stays scheduled.
  const intruder = publishTestPattern(`${show.server}/${show.key}x`);
  expect(await exitOf(intruder)).not.toBe(0);
  await seller.reload();
  await expect(seller.getByTestId("console-status")).toHaveText("Scheduled");

  const buyerContext = await browser.newContext();
  const buyer = await buyerContext.newPage();
  await buyer.goto(`/en/live/${show.sessionId}`);
  await expect(buyer.getByTestId("live-status")).toHaveText("Soon");

  const publishedAt = Date.now();
  const obs = publishTestPattern(`${show.server}/${show.key}`);
  try {
    const playlistAt = await firstPlaylistAt(baseURL ?? "", show.sessionId);
    // The page turns live by itself (its watcher), and the video plays.
    await expect(buyer.getByTestId("live-status")).toHaveText("LIVE", { timeout: 15_000 });
    await expectVideoAdvancing(buyer);
    await reportStreamLatency(buyer, "OBS-like RTMP publisher", {
      publishedAt,
      playlistAt,
      playingAt: Date.now(),
    });
    await expect(seller.getByTestId("console-status")).toHaveText("● Live now", { timeout: 15_000 });
    await buyer.goto("/en/live");
    await expect(buyer.getByTestId("live-now").getByRole("link")).toHaveCount(1);

    // A second publisher with the same key is refused while the first is live.
    expect(await exitOf(publishTestPattern(`${show.server}/${show.key}`))).not.toBe(0);
  } finally {
    await stopPublishing(obs);
  }

  await expect(seller.getByTestId("console-status")).toHaveText("Ended", { timeout: 15_000 });
  await buyer.goto(`/en/live/${show.sessionId}`);
  await expect(buyer.getByTestId("live-status")).toHaveText("Replay", { timeout: 15_000 });
  await expectVideoAdvancing(buyer);
  // The same key does not start the show again.
  expect(await exitOf(publishTestPattern(`${show.server}/${show.key}`))).not.toBe(0);
  await sellerContext.close();
  await buyerContext.close();
});

test("a seller goes live from her phone's camera and ends the show from the console", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await useEnglish(context, baseURL ?? "");
  const seller = await context.newPage();
  await signIn(seller, demoAccounts.guo, "/seller/live");
  const show = await scheduleShow(seller);

  const publishedAt = Date.now();
  await seller.getByRole("button", { name: "Go live" }).click();
  await expect(seller.getByTestId("console-status")).toHaveText("● Live now", { timeout: 20_000 });
  const buyer = await browser.newPage();
  await buyer.goto(`/en/live/${show.sessionId}`);
  await expect(buyer.getByTestId("live-status")).toHaveText("LIVE");
  await expectVideoAdvancing(buyer);
  await reportStreamLatency(buyer, "Go live from the browser (MediaRecorder → ffmpeg)", {
    publishedAt,
    playingAt: Date.now(),
  });

  await seller.getByRole("button", { name: "End the show" }).click();
  await expect(seller.getByTestId("console-status")).toHaveText("Ended", { timeout: 20_000 });
  await buyer.close();
  await context.close();
});
