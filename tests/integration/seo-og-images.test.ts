import { writeFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { productOgImage, shopOgImage } from "@/lib/og/images";
import { createProduct, createShop } from "../support/factories";

/** A stored photo as the seller flow keeps it: WebP, which satori cannot read by itself. */
async function addPhoto(productId: string, colour: string) {
  const data = await sharp({ create: { width: 900, height: 700, channels: 3, background: colour } })
    .webp()
    .toBuffer();
  return db.productImage.create({
    data: { productId, data: new Uint8Array(data), mimeType: "image/webp", width: 900, height: 700 },
  });
}

async function png(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/png");
  const bytes = Buffer.from(await response.arrayBuffer());
  if (process.env.OG_PREVIEW_DIR) writeFileSync(`${process.env.OG_PREVIEW_DIR}/${Date.now()}.png`, bytes);
  return { bytes, meta: await sharp(bytes).metadata() };
}

/** The colour at (x, y) of a PNG, as [r, g, b]. */
async function pixel(bytes: Buffer, x: number, y: number) {
  const { data } = await sharp(bytes).extract({ left: x, top: y, width: 1, height: 1 }).raw().toBuffer({
    resolveWithObject: true,
  });
  return [...data.subarray(0, 3)];
}

describe("Open Graph images", () => {
  it("draws a product's card at 1200×630 with its photo on the left", async () => {
    const { shop } = await createShop();
    const product = await createProduct(shop.id, { priceFen: 12_800 });
    await db.product.update({
      where: { id: product.id },
      data: { titleZh: "郧西绿松石手链", titleEn: "Bracelet" },
    });
    await addPhoto(product.id, "#d02020");

    const { bytes, meta } = await png(await productOgImage(product.id, "zh-CN"));

    expect([meta.width, meta.height]).toEqual([1200, 630]);
    const [r, g, b] = await pixel(bytes, 300, 300);
    expect(r).toBeGreaterThan(180);
    expect(g).toBeLessThan(80);
    expect(b).toBeLessThan(80);
  });

  it("writes the product's text: a card with a title differs from one with another title", async () => {
    const { shop } = await createShop();
    const first = await createProduct(shop.id);
    const second = await createProduct(shop.id);
    await db.product.update({ where: { id: first.id }, data: { titleZh: "高山绿茶" } });
    await db.product.update({ where: { id: second.id }, data: { titleZh: "土蜂蜜" } });

    const a = await png(await productOgImage(first.id, "zh-CN"));
    const b = await png(await productOgImage(second.id, "zh-CN"));

    // Same shop, price and (missing) photo: only the Chinese title tells them apart.
    expect(a.bytes.equals(b.bytes)).toBe(false);
  });

  it("draws a shop's card with its products' photos", async () => {
    const { shop } = await createShop();
    const product = await createProduct(shop.id);
    await addPhoto(product.id, "#2040d0");

    const { bytes, meta } = await png(await shopOgImage(shop.slug, "en"));

    expect([meta.width, meta.height]).toEqual([1200, 630]);
    // The photos fill a two-by-two grid at the right (48 px margin); the first is at its top left.
    const gridLeft = 1200 - 48 - (255 * 2 + 16);
    const [r, g, b] = await pixel(bytes, gridLeft + 128, 44 + 128);
    expect(b).toBeGreaterThan(180);
    expect(r).toBeLessThan(80);
    expect(g).toBeLessThan(100);
  });

  it("is a 404 for hidden products and closed shops, so no card leaks what buyers cannot see", async () => {
    const open = await createShop();
    const draft = await createProduct(open.shop.id, { status: "DRAFT" });
    const suspended = await createShop({ status: "SUSPENDED" });
    const inSuspended = await createProduct(suspended.shop.id);

    for (const attempt of [
      () => productOgImage(draft.id, "zh-CN"),
      () => productOgImage(inSuspended.id, "en"),
      () => productOgImage("no-such-product", "en"),
      () => productOgImage("bad\u0000id", "en"),
      () => shopOgImage(suspended.shop.slug, "zh-CN"),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    }
  });
});
