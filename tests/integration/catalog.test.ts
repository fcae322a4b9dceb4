import { describe, expect, it } from "vitest";
import { getCategoryPage } from "@/lib/catalog/category";
import { findCategoryType } from "@/lib/catalog/category-types";
import { getHomeData } from "@/lib/catalog/home";
import { productMediaResponse } from "@/lib/catalog/media";
import { getProduct } from "@/lib/catalog/product";
import { searchCatalog } from "@/lib/catalog/search";
import { getShopPage } from "@/lib/catalog/shop";
import { db } from "@/lib/db/client";
import { parseSearchParams } from "@/lib/search/params";
import { refreshSearch } from "@/lib/search/refresh";
import { createCategory, createProduct, createShop, unique } from "../support/factories";

/** A category with one visible product and one of each kind a buyer must never see. */
async function categoryWithHiddenProducts() {
  const category = await createCategory("AGRICULTURE");
  const active = await createShop();
  const suspended = await createShop({ status: "SUSPENDED" });
  const pending = await createShop({ status: "PENDING" });
  const visible = await createProduct(active.shop.id, { categoryId: category.id });
  const hidden = [
    await createProduct(active.shop.id, { categoryId: category.id, status: "DRAFT" }),
    await createProduct(active.shop.id, { categoryId: category.id, status: "ARCHIVED" }),
    await createProduct(suspended.shop.id, { categoryId: category.id }),
    await createProduct(pending.shop.id, { categoryId: category.id }),
  ];
  return { category, visible, hidden, shops: { active, suspended, pending } };
}

/** The first page of products the search page shows for `q`. */
async function searchProducts(q: string) {
  return (await searchCatalog(parseSearchParams({ q }))).products;
}

/** The photo route's answer for a signed-out visitor (the route reads the session only for hidden products). */
function call(id: string) {
  return productMediaResponse("photo", id, async () => null);
}

describe("catalog", () => {
  it("home counts only products buyers can see, and features only active shops' products in stock", async () => {
    const { category, visible, hidden, shops } = await categoryWithHiddenProducts();
    const soldOut = await createProduct(shops.active.shop.id, { categoryId: category.id, stock: 0 });

    const home = await getHomeData();

    expect(home.categories.find((c) => c.id === category.id)?.productCount).toBe(2);
    const featured = home.featuredProducts.map((product) => product.id);
    expect(featured).toContain(visible.id);
    for (const product of [...hidden, soldOut]) expect(featured).not.toContain(product.id);
    const featuredShops = home.featuredShops.map((shop) => shop.id);
    expect(featuredShops).not.toContain(shops.suspended.shop.id);
    expect(featuredShops).not.toContain(shops.pending.shop.id);
  });

  it("a category page lists visible products newest first, 24 to a page", async () => {
    const { category, visible, hidden, shops } = await categoryWithHiddenProducts();
    const newer = [];
    for (let i = 0; i < 24; i++) {
      newer.push(await createProduct(shops.active.shop.id, { categoryId: category.id }));
    }

    const first = await getCategoryPage(category.slug, 1);
    const second = await getCategoryPage(category.slug, 2);

    expect(first?.total).toBe(25);
    expect(first?.pageCount).toBe(2);
    expect(first?.products.map((p) => p.id)).toEqual(newer.reverse().map((p) => p.id));
    expect(second?.products.map((p) => p.id)).toEqual([visible.id]);
    const all = [...(first?.products ?? []), ...(second?.products ?? [])].map((p) => p.id);
    for (const product of hidden) expect(all).not.toContain(product.id);
    expect(await getCategoryPage("no-such-category", 1)).toBeNull();
  });

  it("a product page is a 404 unless the product and its shop are active", async () => {
    const { visible, hidden } = await categoryWithHiddenProducts();
    expect((await getProduct(visible.id))?.id).toBe(visible.id);
    for (const product of hidden) expect(await getProduct(product.id)).toBeNull();
    expect(await getProduct("nope")).toBeNull();
  });

  it("a shop page shows an active shop's story and visible products; other shops are 404", async () => {
    const { visible, hidden, shops } = await categoryWithHiddenProducts();
    const page = await getShopPage(shops.active.shop.slug, 1);
    expect(page?.shop.storyEn).toBe("Story");
    expect(page?.products.map((p) => p.id)).toEqual([visible.id]);
    expect(hidden.filter((p) => p.shopId === shops.active.shop.id)).toHaveLength(2);
    expect(await getShopPage(shops.suspended.shop.slug, 1)).toBeNull();
    expect(await getShopPage(shops.pending.shop.slug, 1)).toBeNull();
  });

  it("search finds visible products by either title, ignoring case", async () => {
    const { visible, hidden } = await categoryWithHiddenProducts();
    const word = unique("Bracelet");
    await db.product.update({
      where: { id: visible.id },
      data: { titleEn: `Turquoise ${word}`, titleZh: "绿松石手链" },
    });
    for (const product of hidden) {
      await db.product.update({ where: { id: product.id }, data: { titleEn: `Turquoise ${word}` } });
    }
    await refreshSearch(db, { productIds: [visible.id, ...hidden.map((product) => product.id)] });
    expect((await searchProducts(word.toLowerCase())).map((p) => p.id)).toEqual([visible.id]);
    expect((await searchProducts("绿松石手链")).map((p) => p.id)).toContain(visible.id);
  });

  it("search treats %, _ and \\ as the characters typed, not as wildcards", async () => {
    const { visible } = await categoryWithHiddenProducts();
    const word = unique("Tea");
    const percent = await createProduct((await createShop()).shop.id);
    await db.product.update({ where: { id: visible.id }, data: { titleEn: `${word} 100g` } });
    await db.product.update({
      where: { id: percent.id },
      data: { titleEn: `${word} 100% pure_leaf \\ tin` },
    });
    await refreshSearch(db, { productIds: [visible.id, percent.id] });

    expect((await searchProducts(`${word} 100%`)).map((p) => p.id)).toEqual([percent.id]);
    expect((await searchProducts(`${word} 1_0`)).map((p) => p.id)).toEqual([]);
    expect((await searchProducts("pure_leaf")).map((p) => p.id)).toEqual([percent.id]);
    expect((await searchProducts("% pure_leaf \\")).map((p) => p.id)).toEqual([percent.id]);
    // A lone wildcard used to match every product.
    expect((await searchProducts("%")).map((p) => p.id)).not.toContain(visible.id);
    expect((await searchProducts("_")).map((p) => p.id)).not.toContain(visible.id);
  });

  it("answers not found for ids, slugs and searches with NUL or control characters", async () => {
    const { category, visible, shops } = await categoryWithHiddenProducts();
    expect(await getProduct(`${visible.id}\u0000`)).toBeNull();
    expect(await getProduct("a\u0000b")).toBeNull();
    expect(await getCategoryPage(`${category.slug}\u0000`, 1)).toBeNull();
    expect(await getShopPage(`x\u001b${shops.active.shop.slug}`, 1)).toBeNull();
    // A control character in a search is a space, not an error.
    expect(await searchProducts(`${visible.titleEn}\u0000`)).toEqual(await searchProducts(visible.titleEn));
  });

  it("serves a photo with its type and a long immutable cache, and 404 for unknown ids", async () => {
    const { visible } = await categoryWithHiddenProducts();
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const image = await db.productImage.create({
      data: { productId: visible.id, data: bytes, mimeType: "image/png", width: 10, height: 10 },
    });

    const found = await call(image.id);
    expect(found.status).toBe(200);
    expect(found.headers.get("content-type")).toBe("image/png");
    expect(found.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(new Uint8Array(await found.arrayBuffer())).toEqual(bytes);

    for (const id of ["cmzzzzzzzzzzzzzzzzzzzzzzz", "../etc/passwd", "x".repeat(200)]) {
      expect((await call(id)).status).toBe(404);
    }
  });
});

describe("category types", () => {
  it("narrows turquoise to bracelets by the words in either title, and 'all' shows every kind", async () => {
    const turquoise = await db.category.upsert({
      where: { slug: "turquoise" },
      update: {},
      create: { slug: "turquoise", kind: "CRAFTS", nameZh: "绿松石", nameEn: "Turquoise" },
    });
    const { shop } = await createShop();
    const bracelet = await createProduct(shop.id, { categoryId: turquoise.id });
    await db.product.update({ where: { id: bracelet.id }, data: { titleZh: `绿松石手串 ${unique("t")}` } });
    const ring = await createProduct(shop.id, { categoryId: turquoise.id });
    await db.product.update({ where: { id: ring.id }, data: { titleZh: `绿松石戒指 ${unique("t")}` } });

    const bracelets = await getCategoryPage("turquoise", 1, findCategoryType("turquoise", "bracelet"));
    const ids = bracelets?.products.map((product) => product.id);
    expect(ids).toContain(bracelet.id);
    expect(ids).not.toContain(ring.id);
    for (const product of bracelets?.products ?? []) {
      expect(`${product.titleZh} ${product.titleEn}`).toMatch(/手串|手链|bracelet/i);
    }
    const all = await getCategoryPage("turquoise", 1, findCategoryType("turquoise", "no-such-type"));
    expect(all?.products.map((product) => product.id)).toEqual(
      expect.arrayContaining([bracelet.id, ring.id]),
    );
  });
});
