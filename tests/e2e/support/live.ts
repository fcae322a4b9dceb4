import { type ChildProcess, spawn } from "node:child_process";
import { expect, type Page } from "@playwright/test";

/**
 * scripts/test.ts starts nginx-rtmp for the browser tests; when it could not (not installed and not
 * root), the video journeys fail with its reason rather than being skipped.
 */
export function requireMediaServer() {
  const reason = process.env.LIVE_MEDIA_UNAVAILABLE;
  if (reason || !process.env.LIVE_RTMP_URL) {
    throw new Error(
      `Live video tests need nginx-rtmp and ffmpeg, which did not start: ${reason ?? "LIVE_RTMP_URL unset"}`,
    );
  }
}

/** The test pattern a seller's OBS would send: vertical, a key frame a second, tone for sound. */
export function publishTestPattern(rtmpUrl: string): ChildProcess {
  const ffmpeg = spawn(
    "ffmpeg",
    [
      ...["-hide_banner", "-loglevel", "error", "-re", "-f", "lavfi", "-i", "testsrc2=size=480x854:rate=25"],
      ...["-f", "lavfi", "-i", "sine", "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency"],
      ...["-g", "25", "-c:a", "aac", "-f", "flv", rtmpUrl],
    ],
    { stdio: ["pipe", "ignore", "pipe"] },
  );
  ffmpeg.stderr?.on("data", () => undefined);
  return ffmpeg;
}

export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => child.once("exit", (code) => done(code)));
}

/** Ends ffmpeg the way OBS's "Stop streaming" does: it closes the RTMP connection cleanly. */
export async function stopPublishing(child: ChildProcess) {
  child.stdin?.write("q");
  await exitOf(child);
}

/** The buyer's video plays: its clock moves forward, twice in a row. */
export async function expectVideoAdvancing(page: Page) {
  const video = page.getByTestId("live-video");
  const clock = () => video.evaluate((element: HTMLVideoElement) => element.currentTime);
  await expect.poll(clock, { timeout: 25_000 }).toBeGreaterThan(0.5);
  const first = await clock();
  await expect.poll(clock, { timeout: 10_000 }).toBeGreaterThan(first + 0.5);
}

/** The seller centre's new-show form: the first product, "in 10 minutes", no cover, no title. */
export async function scheduleShow(page: Page): Promise<{ sessionId: string; server: string; key: string }> {
  await page.goto("/seller/live");
  await page
    .locator("label", { has: page.locator('input[name="productIds"]') })
    .first()
    .click();
  await page.getByRole("radio", { name: /10 minutes/ }).check();
  await page.getByRole("button", { name: "Make the show" }).click();
  const key = (await page.getByTestId("rtmp-key").textContent()) ?? "";
  const server = (await page.getByTestId("rtmp-server").textContent()) ?? "";
  await page.getByRole("link", { name: "Open the show" }).click();
  await page.waitForURL(/\/seller\/live\/[a-z0-9]+$/);
  const sessionId = new URL(page.url()).pathname.split("/").pop() ?? "";
  return { sessionId, server, key };
}

/** Polls the show's playlist as a player would, from the test: when nginx has its first fragment. */
export async function firstPlaylistAt(baseURL: string, sessionId: string): Promise<number> {
  const url = `${baseURL}/live-video/live/${sessionId}/index.m3u8`;
  await expect
    .poll(async () => (await fetch(url).catch(() => null))?.status, { timeout: 20_000, intervals: [100] })
    .toBe(200);
  return Date.now();
}

/**
 * Prints the stream's latency as the buyer's player sees it (never asserted: machines differ):
 * publish → first fragment in the playlist, publish → the buyer's video playing (her page was open
 * before: it includes the page's 4 s status poll), and hls.js's distance behind the live edge.
 * `npm run bench:live` sets LIVE_BENCH for 20 s of samples; the journeys take three.
 */
export async function reportStreamLatency(
  page: Page,
  label: string,
  times: { publishedAt: number; playlistAt?: number; playingAt: number },
) {
  const video = page.getByTestId("live-video");
  const edge: number[] = [];
  const count = process.env.LIVE_BENCH ? 20 : 3;
  for (let index = 0; index < count; index++) {
    await page.waitForTimeout(1000);
    const value = Number(await video.evaluate((element: HTMLVideoElement) => element.dataset.latency));
    if (Number.isFinite(value)) edge.push(value);
  }
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const sorted = [...edge].sort((a, b) => a - b);
  const edgeText =
    sorted.length === 0
      ? "n/a"
      : `median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(2)} s (min ${sorted[0]?.toFixed(2)}, max ${sorted.at(-1)?.toFixed(2)}, ${sorted.length} samples)`;
  console.log(
    [
      `[live latency] ${label}`,
      ...(times.playlistAt
        ? [`  publish → first fragment in the playlist: ${seconds(times.playlistAt - times.publishedAt)}`]
        : []),
      `  publish → buyer's video playing: ${seconds(times.playingAt - times.publishedAt)}`,
      `  behind the live edge (hls.js latency): ${edgeText}`,
    ].join("\n"),
  );
}

/** In the seller's console: the first product's photo, `quantity` units at `price` yuan, a limit, Pin. */
export async function pinFirstProduct(seller: Page, pin: { quantity: number; price: string; limit: number }) {
  const panel = seller.getByTestId("live-console-panel");
  await panel.getByTestId("console-product").first().click();
  await panel.getByTestId("console-quantity").fill(String(pin.quantity));
  await panel.getByTestId("console-price").fill(pin.price);
  await panel.getByTestId("console-limit").fill(String(pin.limit));
  await panel.getByTestId("console-pin").click();
  await expect(seller.getByTestId("console-current-pin")).toContainText(`0 / ${pin.quantity}`);
}

/**
 * Where nginx-rtmp sends its callbacks: the app's own loopback port when the journeys run behind the
 * nginx front (scripts/test.ts sets E2E_APP_PORT), which answers /api/internal/ with 404 itself.
 */
export function callbackBaseUrl(baseURL: string): string {
  const appPort = process.env.E2E_APP_PORT;
  return appPort ? `http://127.0.0.1:${appPort}` : baseURL;
}
