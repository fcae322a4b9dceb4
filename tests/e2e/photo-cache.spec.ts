import { expect, test } from "@playwright/test";

// Next's image optimizer resizes and re-encodes a photo (AVIF: one to two seconds of CPU here) the
// first time a width and format is asked for, and must keep the result: a storefront where every
// visitor's phone waits for the encoding again shows its products' photos seconds late, and a busy
// evening's visitors keep both cores encoding. (Pages rendered after the build stay in memory,
// next.config.ts `isrFlushToDisk: false`; Next ties its photo cache to that flag unless patched,
// patches/next+16.4.5.patch.)

const ACCEPT_AVIF = { accept: "image/avif,image/webp,image/apng,image/*,*/*;q=0.8" };

test("a resized photo is encoded once and then served from Next's photo cache", async ({ request }) => {
  const home = await (await request.get("/zh-CN")).text();
  const photo = home.match(/\/_next\/image\?url=[^"&]+/)?.[0];
  expect(photo, "the home page shows product photos through the image optimizer").toBeTruthy();
  // A width the storefront's pages never ask for, so no earlier visit has kept it.
  const url = `${photo}&w=96&q=75`;

  const first = await request.get(url, { headers: ACCEPT_AVIF });
  expect(first.status()).toBe(200);
  expect(first.headers()["content-type"]).toBe("image/avif");
  const encoded = await first.body();

  const again = await request.get(url, { headers: ACCEPT_AVIF });
  expect(again.status()).toBe(200);
  expect(again.headers()["x-nextjs-cache"], "the second visitor gets the kept copy").toBe("HIT");
  expect(Buffer.compare(await again.body(), encoded)).toBe(0);
});
