import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { visibleProduct } from "@/lib/catalog/visibility";
import { db } from "@/lib/db/client";
import { MAX_PHOTO_BYTES } from "@/lib/images/limits";
import { createSellerProduct } from "@/lib/seller/create-product";
import { updateSellerProduct } from "@/lib/seller/update-product";
import { createUser } from "../support/factories";
import { fileOf, photoBytes, photoFile, productForm, sellerWithShop } from "../support/seller-factories";

function productsOf(shopId: string) {
  return db.product.findMany({ where: { shopId }, include: { images: { orderBy: { sortOrder: "asc" } } } });
}

function imageCount() {
  return db.productImage.count();
}

async function created(userId: string, input: unknown) {
  const result = await createSellerProduct(userId, input);
  if (!result.ok) throw new Error(`refused: ${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return db.product.findUniqueOrThrow({
    where: { id: result.data.productId },
    include: { images: { orderBy: { sortOrder: "asc" } } },
  });
}

describe("a seller adds a product", () => {
  it("stores it in the seller's own shop with the price in exact fen and the photos", async () => {
    const { shop, seller, category } = await sellerWithShop();
    const product = await created(
      seller.id,
      await productForm(category.id, {
        titleEn: "",
        priceYuan: " 12.30 ",
        stock: "7",
        unit: "JIN",
        status: "DRAFT",
        photos: [await photoFile(), await photoFile({ format: "png" })],
      }),
    );
    expect(product).toMatchObject({
      shopId: shop.id,
      categoryId: category.id,
      titleZh: "绿松石手链",
      titleEn: "",
      priceFen: 1230,
      stock: 7,
      unit: "JIN",
      status: "DRAFT",
    });
    expect(product.images.map((image) => [image.sortOrder, image.mimeType])).toEqual([
      [0, "image/webp"],
      [1, "image/webp"],
    ]);
  });

  it.each([
    ["12.30", 1230],
    ["0.01", 1],
    ["7", 700],
    ["12.5", 1250],
    ["19.99", 1999],
    ["1000000", 100_000_000],
  ])("turns the typed price %s into %i fen", async (priceYuan, fen) => {
    const { seller, category } = await sellerWithShop();
    expect((await created(seller.id, await productForm(category.id, { priceYuan }))).priceFen).toBe(fen);
  });

  it("re-encodes a photo as WebP, upright, at most 1200 px, with no EXIF or GPS left", async () => {
    const { seller, category } = await sellerWithShop();
    const sideways = await photoBytes({ width: 64, height: 48, exif: true });
    expect((await sharp(sideways).metadata()).exif?.toString("latin1")).toContain("VillagePhone");
    const large = await photoBytes({ width: 3000, height: 2000, format: "png" });

    const product = await created(
      seller.id,
      await productForm(category.id, {
        photos: [fileOf(sideways, "IMG_0001.JPG"), fileOf(large, "big.png")],
      }),
    );

    const [upright, resized] = product.images;
    const meta = await sharp(upright!.data).metadata();
    expect(meta.format).toBe("webp");
    expect([meta.width, meta.height]).toEqual([48, 64]);
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(Buffer.from(upright!.data).includes("VillagePhone")).toBe(false);
    expect([upright!.width, upright!.height]).toEqual([48, 64]);
    expect([resized!.width, resized!.height]).toEqual([1200, 800]);
    expect((await sharp(resized!.data).metadata()).width).toBe(1200);
  });

  it("lets a pending shop prepare products, which buyers cannot see until approval", async () => {
    const { shop, seller, category } = await sellerWithShop("PENDING");
    const product = await created(seller.id, await productForm(category.id, { status: "ACTIVE" }));
    expect(product.shopId).toBe(shop.id);
    expect(await db.product.count({ where: { id: product.id, ...visibleProduct } })).toBe(0);
  });

  it.each([
    ["a buyer", "BUYER", "forbidden"],
    ["an admin", "ADMIN", "forbidden"],
  ] as const)("refuses %s and writes nothing", async (_who, role, error) => {
    const { category } = await sellerWithShop();
    const user = await createUser(role);
    const [products, images] = [await db.product.count(), await imageCount()];
    expect(await createSellerProduct(user.id, await productForm(category.id))).toMatchObject({
      ok: false,
      error,
    });
    expect([await db.product.count(), await imageCount()]).toEqual([products, images]);
  });

  it("refuses a signed-out visitor and writes nothing", async () => {
    const { category } = await sellerWithShop();
    const products = await db.product.count();
    expect(await createSellerProduct(null, await productForm(category.id))).toMatchObject({
      ok: false,
      error: "not_signed_in",
    });
    expect(await db.product.count()).toBe(products);
  });

  it.each([
    ["an empty title", { titleZh: "  " }, "titleZh", "title_required"],
    ["a missing title", { titleZh: undefined }, "titleZh", "title_required"],
    ["a title of 81 characters", { titleZh: "松".repeat(81) }, "titleZh", "title_too_long"],
    ["an English title of 81 characters", { titleEn: "a".repeat(81) }, "titleEn", "title_too_long"],
    ["a description too long", { descriptionZh: "字".repeat(2001) }, "descriptionZh", "description_too_long"],
    ["an empty price", { priceYuan: "" }, "priceYuan", "price_required"],
    ["a negative price", { priceYuan: "-5" }, "priceYuan", "price_invalid"],
    ["a non-numeric price", { priceYuan: "abc" }, "priceYuan", "price_invalid"],
    ["a price with three decimals", { priceYuan: "12.345" }, "priceYuan", "price_invalid"],
    ["a price of zero", { priceYuan: "0" }, "priceYuan", "price_too_low"],
    ["a price of 0.00", { priceYuan: "0.00" }, "priceYuan", "price_too_low"],
    ["a price over a million yuan", { priceYuan: "1000000.01" }, "priceYuan", "price_too_high"],
    ["a negative stock", { stock: "-1" }, "stock", "stock_negative"],
    ["a fractional stock", { stock: "1.5" }, "stock", "stock_invalid"],
    ["a non-numeric stock", { stock: "many" }, "stock", "stock_invalid"],
    ["an empty stock", { stock: "" }, "stock", "stock_required"],
    ["a stock over 100000", { stock: "100001" }, "stock", "stock_too_high"],
    ["an unknown category", { categoryId: "nope" }, "categoryId", "category_unknown"],
    ["no category", { categoryId: "" }, "categoryId", "category_required"],
    ["an unknown unit", { unit: "TON" }, "unit", "unit_invalid"],
    ["an unknown status", { status: "DELETED" }, "status", "status_invalid"],
    ["no photo", { photos: [] }, "photos", "photos_required"],
  ])("answers %s with a field error and writes nothing", async (_case, override, field, code) => {
    const { shop, seller, category } = await sellerWithShop();
    const images = await imageCount();
    const result = await createSellerProduct(seller.id, await productForm(category.id, override));
    expect(result).toMatchObject({ ok: false, error: "invalid_input" });
    expect(!result.ok && result.fieldErrors?.[field]).toEqual([code]);
    expect(await productsOf(shop.id)).toEqual([]);
    expect(await imageCount()).toBe(images);
  });

  it("reports every wrong field at once", async () => {
    const { seller, category } = await sellerWithShop();
    const result = await createSellerProduct(
      seller.id,
      await productForm(category.id, { titleZh: "", priceYuan: "x", stock: "-2", photos: [] }),
    );
    expect(!result.ok && Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "photos",
      "priceYuan",
      "stock",
      "titleZh",
    ]);
  });

  it.each([
    [
      "a text file renamed .jpg",
      () => fileOf(new TextEncoder().encode("not a photo at all"), "bracelet.jpg"),
    ],
    [
      "an SVG drawing",
      () =>
        fileOf(
          new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>'),
          "a.png",
          "image/png",
        ),
    ],
    [
      "a GIF",
      async () =>
        fileOf(
          await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } })
            .gif()
            .toBuffer(),
          "a.jpg",
        ),
    ],
    [
      "a cut-off JPEG",
      async () => fileOf((await photoBytes({ width: 400, height: 300 })).subarray(0, 200), "cut.jpg"),
    ],
  ])("refuses %s as a photo and writes nothing", async (_case, makeFile) => {
    const { shop, seller, category } = await sellerWithShop();
    const images = await imageCount();
    const result = await createSellerProduct(
      seller.id,
      await productForm(category.id, { photos: [await photoFile(), await makeFile()] }),
    );
    expect(result).toMatchObject({ ok: false, error: "invalid_input" });
    expect(!result.ok && result.fieldErrors?.photos?.[0]).toMatch(/^photo_(not_image|unreadable)$/);
    expect(await productsOf(shop.id)).toEqual([]);
    expect(await imageCount()).toBe(images);
  });

  it("refuses a photo over 10 MB even when it is a real image, and writes nothing", async () => {
    const { shop, seller, category } = await sellerWithShop();
    const jpeg = await photoBytes();
    const padded = new Uint8Array(MAX_PHOTO_BYTES + 1);
    padded.set(jpeg);
    const result = await createSellerProduct(
      seller.id,
      await productForm(category.id, { photos: [fileOf(padded, "huge.jpg")] }),
    );
    expect(!result.ok && result.fieldErrors?.photos).toEqual(["photo_too_large"]);
    expect(await productsOf(shop.id)).toEqual([]);
  });

  it("takes six photos and refuses a seventh", async () => {
    const { shop, seller, category } = await sellerWithShop();
    const seven = await Promise.all(Array.from({ length: 7 }, () => photoFile()));
    const refused = await createSellerProduct(seller.id, await productForm(category.id, { photos: seven }));
    expect(!refused.ok && refused.fieldErrors?.photos).toEqual(["photos_too_many"]);
    expect(await productsOf(shop.id)).toEqual([]);
    const product = await created(seller.id, await productForm(category.id, { photos: seven.slice(0, 6) }));
    expect(product.images).toHaveLength(6);
  });
});

describe("a seller edits a product", () => {
  async function existing() {
    const context = await sellerWithShop();
    const product = await created(
      context.seller.id,
      await productForm(context.category.id, { photos: [await photoFile(), await photoFile()] }),
    );
    return { ...context, product };
  }

  function snapshot(productId: string) {
    return db.product.findUniqueOrThrow({
      where: { id: productId },
      include: { images: { select: { id: true }, orderBy: { sortOrder: "asc" } } },
    });
  }

  it("changes the fields, removes one photo and adds another after the kept ones", async () => {
    const { seller, category, product } = await existing();
    const [first, second] = product.images;
    const result = await updateSellerProduct(
      seller.id,
      await productForm(category.id, {
        productId: product.id,
        titleZh: "新手链",
        priceYuan: "99.9",
        stock: "0",
        status: "DRAFT",
        removeImageIds: [first!.id],
        photos: [await photoFile({ format: "webp" })],
      }),
    );
    expect(result).toEqual({ ok: true, data: { productId: product.id } });
    const after = await db.product.findUniqueOrThrow({
      where: { id: product.id },
      include: { images: { orderBy: { sortOrder: "asc" } } },
    });
    expect(after).toMatchObject({ titleZh: "新手链", priceFen: 9990, stock: 0, status: "DRAFT" });
    expect(after.images.map((image) => image.id)[0]).toBe(second!.id);
    expect(after.images).toHaveLength(2);
    expect(after.images[1]!.sortOrder).toBeGreaterThan(second!.sortOrder);
  });

  it("keeps the photos when none are added or removed", async () => {
    const { seller, category, product } = await existing();
    const result = await updateSellerProduct(
      seller.id,
      await productForm(category.id, { productId: product.id, photos: [] }),
    );
    expect(result.ok).toBe(true);
    expect((await snapshot(product.id)).images).toHaveLength(2);
  });

  it("refuses another shop's product as not found and changes nothing", async () => {
    const { category, product } = await existing();
    const other = await sellerWithShop();
    const before = await snapshot(product.id);
    const result = await updateSellerProduct(
      other.seller.id,
      await productForm(category.id, {
        productId: product.id,
        titleZh: "偷改",
        priceYuan: "1",
        removeImageIds: [product.images[0]!.id],
      }),
    );
    expect(result).toEqual({ ok: false, error: "not_found" });
    expect(await snapshot(product.id)).toEqual(before);
  });

  it.each([
    ["a buyer", "BUYER", "forbidden"],
    ["an admin", "ADMIN", "forbidden"],
  ] as const)("refuses %s and changes nothing", async (_who, role, error) => {
    const { category, product } = await existing();
    const user = await createUser(role);
    const before = await snapshot(product.id);
    const result = await updateSellerProduct(
      user.id,
      await productForm(category.id, { productId: product.id, titleZh: "改" }),
    );
    expect(result).toMatchObject({ ok: false, error });
    expect(await snapshot(product.id)).toEqual(before);
  });

  it("refuses a signed-out visitor and changes nothing", async () => {
    const { category, product } = await existing();
    const before = await snapshot(product.id);
    const result = await updateSellerProduct(null, await productForm(category.id, { productId: product.id }));
    expect(result).toMatchObject({ ok: false, error: "not_signed_in" });
    expect(await snapshot(product.id)).toEqual(before);
  });

  it.each([
    ["an empty title", { titleZh: "" }, "titleZh", "title_required"],
    ["a negative price", { priceYuan: "-1" }, "priceYuan", "price_invalid"],
    ["a negative stock", { stock: "-3" }, "stock", "stock_negative"],
    ["an unknown category", { categoryId: "missing" }, "categoryId", "category_unknown"],
    [
      "a text file as a photo",
      { photos: [fileOf(new TextEncoder().encode("hello"), "x.jpg")] },
      "photos",
      "photo_not_image",
    ],
  ])("answers %s with a field error and changes nothing", async (_case, override, field, code) => {
    const { seller, category, product } = await existing();
    const before = await snapshot(product.id);
    const result = await updateSellerProduct(
      seller.id,
      await productForm(category.id, { productId: product.id, photos: [], ...override }),
    );
    expect(!result.ok && result.fieldErrors?.[field]).toEqual([code]);
    expect(await snapshot(product.id)).toEqual(before);
  });

  it("keeps at least one photo and at most six", async () => {
    const { seller, category, product } = await existing();
    const before = await snapshot(product.id);
    const all = product.images.map((image) => image.id);
    const none = await updateSellerProduct(
      seller.id,
      await productForm(category.id, { productId: product.id, photos: [], removeImageIds: all }),
    );
    expect(!none.ok && none.fieldErrors?.photos).toEqual(["photos_required"]);
    const five = await Promise.all(Array.from({ length: 5 }, () => photoFile()));
    const tooMany = await updateSellerProduct(
      seller.id,
      await productForm(category.id, { productId: product.id, photos: five }),
    );
    expect(!tooMany.ok && tooMany.fieldErrors?.photos).toEqual(["photos_too_many"]);
    expect(await snapshot(product.id)).toEqual(before);
  });

  it("never removes a photo of another product", async () => {
    const { seller, category, product } = await existing();
    const other = await existing();
    const foreign = other.product.images[0]!.id;
    const result = await updateSellerProduct(
      seller.id,
      await productForm(category.id, { productId: product.id, photos: [], removeImageIds: [foreign] }),
    );
    expect(result.ok).toBe(true);
    expect(await db.productImage.count({ where: { id: foreign } })).toBe(1);
  });
});
