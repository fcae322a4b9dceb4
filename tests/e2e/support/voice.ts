import { fileURLToPath } from "node:url";
import { type Browser, test as base, expect, type Locator, type Page } from "@playwright/test";

// A fake microphone that says "你好，这个手链还有货吗？" (espeak-ng, committed so CI needs no espeak).
const FAKE_MICROPHONE = fileURLToPath(new URL("../fixtures/fake-microphone.wav", import.meta.url));

// Only the journeys that import this `test` get the fake microphone: the others keep the config's launch.
export const test = base.extend<object, object>({
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

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
const HOLD = /按住 说话|Hold to talk/;
export const PLAY = /播放语音|Play voice message/;

export async function newPerson(browser: Browser, baseURL: string, viewport: typeof PHONE, locale: string) {
  const context = await browser.newContext({ viewport, baseURL, permissions: ["microphone"] });
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  return context.newPage();
}

/** Holds the talk button for about two seconds of recording, then lets go, as on a phone. */
export async function holdToTalk(page: Page) {
  const button = page.getByRole("button", { name: HOLD });
  // The button turns on once the page has hydrated; pressing before would record nothing.
  await expect(button).toBeEnabled();
  const box = await button.boundingBox();
  if (!box) throw new Error("no talk button");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  // The button counts the seconds while it records: let go once two have passed.
  await expect(page.getByRole("button", { name: /松开 发送 · 2|Release to send · 2/ })).toBeVisible();
  await page.mouse.up();
}

/** Plays a voice message and waits until the audio has really advanced. */
export async function playAndHear(voice: Locator, audio: Locator) {
  await voice.click();
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime))
    .toBeGreaterThan(0);
}
