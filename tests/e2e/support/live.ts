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

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Prints the stream's latency as the buyer's player sees it (never asserted: machines differ):
 * hls.js's distance behind the live edge, and how far the picture is behind the wall clock
 * (nginx stamps each fragment with EXT-X-PROGRAM-DATE-TIME). `npm run bench:live` sets LIVE_BENCH
 * for 20 s of samples; the journeys take three.
 */
export async function reportStreamLatency(page: Page, label: string, publishedAt: number, playingAt: number) {
  const video = page.getByTestId("live-video");
  const samples: { edge: number; wall: number }[] = [];
  const count = process.env.LIVE_BENCH ? 20 : 3;
  for (let index = 0; index < count; index++) {
    await page.waitForTimeout(1000);
    const figures = await video.evaluate((element: HTMLVideoElement) => ({
      edge: Number(element.dataset.latency),
      wall: Number(element.dataset.behindWall),
    }));
    samples.push(figures);
  }
  const edge = samples.map((sample) => sample.edge).filter(Number.isFinite);
  const wall = samples.map((sample) => sample.wall).filter(Number.isFinite);
  const format = (values: number[]) =>
    values.length === 0
      ? "n/a"
      : `median ${median(values).toFixed(2)} s (min ${Math.min(...values).toFixed(2)}, max ${Math.max(...values).toFixed(2)}, ${values.length} samples)`;
  console.log(
    [
      `[live latency] ${label}`,
      `  publish → buyer's video playing: ${((playingAt - publishedAt) / 1000).toFixed(2)} s`,
      `  behind the live edge (hls.js latency): ${format(edge)}`,
      `  picture behind the wall clock (program date time): ${format(wall)}`,
    ].join("\n"),
  );
}
