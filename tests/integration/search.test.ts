// The search page's engine: filters, sorts and pages; hostile text; and every writer keeping the
// search fields right (the seller's forms, sign-up, writes behind its back that the sweep repairs).
import { describe, expect, it } from "vitest";
import { signUpSeller } from "@/lib/accounts/sign-up-seller";
import { searchCatalog, searchEngine } from "@/lib/catalog/search";
import { db } from "@/lib/db/client";
import { SEARCH_PAGE_SIZE } from "@/lib/search";
import { parseSearchParams } from "@/lib/search/params";
import { backfillSearch, refreshSearch } from "@/lib/search/refresh";
import { recountSales } from "@/lib/search/sales";
import { createSellerProduct } from "@/lib/seller/create-product";
import { updateSellerProduct } from "@/lib/seller/update-product";
import { createOrder } from "../support/admin-factories";
import {
  createCategory,
  createHousehold,
  createProduct,
  createShop,
  createUser,
  unique,
} from "../support/factories";
import { productForm } from "../support/seller-factories";

/** A word no other product has, in latin letters only (so it is one token, and no plural to fold). */
const word = () =>
  `${Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}q`;

async function titled(shopId: string, title: string, options: Parameters<typeof createProduct>[1] = {}) {
  const product = await createProduct(shopId, options);
  await db.product.update({ where: { id: product.id }, data: { titleEn: title, titleZh: title } });
  await refreshSearch(db, { productIds: [product.id] });
  return product;
}

const ids = async (q: string, raw: Record<string, string> = {}) =>
  (await searchCatalog(parseSearchParams({ q, ...raw }))).products.map((p) => p.id);

describe("search filters, sorts and pages", () => {
  it("filters by category, kind, price in yuan, stock and shop, and leaves out what buyers cannot see", async () => {
    const w = word();
    const crafts = await createCategory("CRAFTS");
    const farm = await createCategory("AGRICULTURE");
    const a = await createShop();
    const b = await createShop();
    const cheap = await titled(a.shop.id, `${w} cheap`, { categoryId: crafts.id, priceFen: 10_000 });
    const middle = await titled(a.shop.id, `${w} middle`, { categoryId: crafts.id, priceFen: 20_050 });
    const dear = await titled(a.shop.id, `${w} dear`, { categoryId: crafts.id, priceFen: 30_000, stock: 0 });
    const honey = await titled(b.shop.id, `${w} honey`, { categoryId: farm.id, priceFen: 5_000 });
    await titled(a.shop.id, `${w} draft`, { categoryId: crafts.id, status: "DRAFT" });
    const suspended = await createShop({ status: "SUSPENDED" });
    await titled(suspended.shop.id, `${w} hidden`, { categoryId: crafts.id });

    expect(new Set(await ids(w))).toEqual(new Set([cheap.id, middle.id, dear.id, honey.id]));
    expect(new Set(await ids(w, { category: crafts.slug }))).toEqual(new Set([cheap.id, middle.id, dear.id]));
    expect(await ids(w, { kind: "AGRICULTURE" })).toEqual([honey.id]);
    expect(new Set(await ids(w, { min: "100", max: "200.50" }))).toEqual(new Set([cheap.id, middle.id]));
    // Typed the wrong way round, a range is still the range.
    expect(new Set(await ids(w, { min: "200.50", max: "100" }))).toEqual(new Set([cheap.id, middle.id]));
    expect(await ids(w, { min: "200.51" })).toEqual([dear.id]);
    expect(new Set(await ids(w, { stock: "1", category: crafts.slug }))).toEqual(
      new Set([cheap.id, middle.id]),
    );
    expect(await ids(w, { shop: b.shop.slug })).toEqual([honey.id]);
    // Filters without a query list everything they allow.
    expect(new Set(await ids("", { shop: a.shop.slug }))).toEqual(new Set([cheap.id, middle.id, dear.id]));
    // What does not parse is no filter at all, never an error.
    const bad: Record<string, string>[] = [
      { min: "abc" },
      { max: "-5" },
      { kind: "TOYS" },
      { category: "../x" },
      { stock: "yes" },
    ];
    for (const filters of bad) {
      expect((await ids(w, filters)).length).toBe(4);
    }
  });

  it("sorts by price, newest and sales; relevance puts the exact and prefix titles first, then sales", async () => {
    const w = word();
    const { shop } = await createShop();
    const inside = await titled(shop.id, `big ${w} box`, { priceFen: 30_000 });
    const prefix = await titled(shop.id, `${w} small box`, { priceFen: 10_000 });
    const exact = await titled(shop.id, w, { priceFen: 20_000 });
    const shopOnly = await createProduct(shop.id, { priceFen: 5_000 });
    await db.shop.update({ where: { id: shop.id }, data: { nameEn: `${w} shop` } });
    await refreshSearch(db, { shopIds: [shop.id] });
    await db.product.update({ where: { id: shopOnly.id }, data: { soldCount: 1_000 } });
    await db.product.update({ where: { id: inside.id }, data: { soldCount: 50 } });

    expect(await ids(w)).toEqual([exact.id, prefix.id, inside.id, shopOnly.id]);
    expect(await ids(w, { sort: "price_asc" })).toEqual([shopOnly.id, prefix.id, exact.id, inside.id]);
    expect(await ids(w, { sort: "price_desc" })).toEqual([inside.id, exact.id, prefix.id, shopOnly.id]);
    expect(await ids(w, { sort: "newest" })).toEqual([shopOnly.id, exact.id, prefix.id, inside.id]);
    expect((await ids(w, { sort: "best_selling" })).slice(0, 2)).toEqual([shopOnly.id, inside.id]);
  });

  it("pages 24 at a time without repeating or skipping, and says how many there are", async () => {
    const w = word();
    const { shop } = await createShop();
    const made = [];
    for (let i = 0; i < SEARCH_PAGE_SIZE + 6; i++) made.push((await titled(shop.id, `${w} ${i}`)).id);
    const first = await searchCatalog(parseSearchParams({ q: w }));
    const second = await searchCatalog(parseSearchParams({ q: w, page: "2" }));
    const beyond = await searchCatalog(parseSearchParams({ q: w, page: "9" }));
    expect(first.products).toHaveLength(SEARCH_PAGE_SIZE);
    expect(second.products).toHaveLength(6);
    expect(new Set([...first.products, ...second.products].map((p) => p.id))).toEqual(new Set(made));
    expect([first.total, first.pageCount, second.page]).toEqual([30, 2, 2]);
    expect([beyond.products.length, beyond.total]).toEqual([0, 30]);
  });

  it("suggests categories and best sellers when nothing matches", async () => {
    const { shop } = await createShop();
    await createProduct(shop.id);
    const result = await searchCatalog(parseSearchParams({ q: "qqqqzzzzxxxx" }));
    expect(result.total).toBe(0);
    expect(result.suggestions?.categories.length).toBeGreaterThan(0);
    expect(result.suggestions?.products.length).toBeGreaterThan(0);
  });
});

describe("hostile search text", () => {
  it("answers NUL, wildcards, quotes, huge text and lone surrogates with an ordinary result", async () => {
    const w = word();
    const { shop } = await createShop();
    const product = await titled(shop.id, `${w} tea`);
    const hostile = [
      "\u0000",
      `${w}\u0000`,
      "%",
      "_%_",
      "\\",
      '\'; DROP TABLE "Product"; --',
      "\ud800",
      `${w}\udfff`,
      "x".repeat(100_000),
      "茶".repeat(10_000),
      "🍵🍯",
      "% lss",
    ];
    for (const q of hostile) {
      const result = await searchEngine.search(q, {}, "relevance", 1);
      expect(result.productIds.length).toBeLessThanOrEqual(SEARCH_PAGE_SIZE);
    }
    expect(await ids(`${w}\u0000`)).toEqual([product.id]);
    expect(await ids(`${w}\udfff`)).toEqual([product.id]);
    expect(await ids("%")).toEqual([]);
    // A huge query is cut to 50 characters and searched as such (here: a word nothing has).
    expect(await ids(`${w} ${"x".repeat(100_000)}`)).toEqual([]);
    expect(parseSearchParams({ q: "茶".repeat(10_000) }).q).toHaveLength(50);
    expect(await db.product.count({ where: { id: product.id } })).toBe(1);
  });
});

describe("search fields stay right", () => {
  it("a seller's new and edited products are found by their new titles at once, the old title no more", async () => {
    const { owner } = await createShop();
    const category = await createCategory();
    const w = word();
    const created = await createSellerProduct(
      owner.id,
      await productForm(category.id, { titleEn: `${w} bracelet` }),
    );
    if (!created.ok) throw new Error(created.error);
    expect(await ids(w)).toEqual([created.data.productId]);

    const v = word();
    const updated = await updateSellerProduct(owner.id, {
      ...(await productForm(category.id, { titleEn: `${v} bracelet`, titleZh: "蜂蜜礼盒" })),
      productId: created.data.productId,
    });
    if (!updated.ok) throw new Error(updated.error);
    expect(await ids(v)).toEqual([created.data.productId]);
    expect(await ids(w)).toEqual([]);
    const row = await db.product.findUniqueOrThrow({ where: { id: created.data.productId } });
    expect(row.searchPinyin).toContain(" fengmilihe");
  });

  it("a new seller's shop has its fields from sign-up", async () => {
    const village = await db.village.create({
      data: { slug: unique("v"), nameZh: "村", nameEn: "V", countyZh: "县", countyEn: "C" },
    });
    const household = await createHousehold(village.id);
    const result = await signUpSeller({
      name: "王秀英",
      email: `${unique("s")}@example.test`,
      phone: "13800138000",
      password: "correct horse battery staple",
      householdCode: household.code,
      shopNameZh: "秀英云雾茶",
      // Not the demo shop's name: its slug must stay free for the seed test.
      shopNameEn: `Cloud Tea ${unique("t")}`,
      story: "山上的茶",
    });
    if (!result.ok || !result.data.shopId) throw new Error("sign-up failed");
    const shop = await db.shop.findUniqueOrThrow({ where: { id: result.data.shopId } });
    expect(shop.searchTokens).toEqual(expect.arrayContaining(["云雾", "茶", "cloud", "py:xiuying", "py:yw"]));
    expect(shop.searchPinyin).toContain(" xiuyingyunwucha");
  });

  it("a write that forgets the fields marks them stale; the sweep fills them, without undoing a newer write", async () => {
    const { shop } = await createShop();
    const w = word();
    const product = await titled(shop.id, `${w} old`);
    await db.product.update({ where: { id: product.id }, data: { titleZh: "洋槐蜜" } });
    const stale = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(stale.searchPinyin).toBeNull();
    // Still found by what it was until the sweep runs.
    expect(await ids(w)).toEqual([product.id]);

    const swept = await backfillSearch(db);
    expect(swept.products).toBeGreaterThanOrEqual(1);
    // Within its shop: the demo data has 洋槐蜜 too.
    expect(await ids("yanghuaimi", { shop: shop.slug })).toEqual([product.id]);

    // A shop renamed behind our back marks its products too.
    await db.shop.update({ where: { id: shop.id }, data: { nameZh: "百花岭蜂蜜" } });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).searchPinyin).toBeNull();
    await backfillSearch(db);
    expect(await ids("baihualing", { shop: shop.slug })).toEqual([product.id]);
    // A write that sets the fields itself is trusted (the writers' refresh does exactly this).
    await db.product.update({ where: { id: product.id }, data: { stock: 3 } });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).searchPinyin).not.toBeNull();
  });

  it("sales counts are the units of paid parcels less refunds, and rank best sellers", async () => {
    const { shop } = await createShop();
    const buyer = await createUser("BUYER");
    const product = await createProduct(shop.id, { priceFen: 1_000 });
    const unpaid = await createProduct(shop.id, { priceFen: 1_000 });
    const line = (productId: string, quantity: number) => ({ productId, unitPriceFen: 1_000, quantity });
    await createOrder(buyer.id, new Date(), [
      { shopId: shop.id, status: "PAID", items: [line(product.id, 3)] },
    ]);
    await createOrder(buyer.id, new Date(), [
      { shopId: shop.id, status: "DELIVERED", items: [line(product.id, 2)] },
    ]);
    await createOrder(buyer.id, null, [
      { shopId: shop.id, status: "PENDING_PAYMENT", items: [line(unpaid.id, 9)] },
    ]);
    await recountSales(db);
    const counts = await db.product.findMany({
      where: { shopId: shop.id },
      select: { id: true, soldCount: true },
    });
    expect(Object.fromEntries(counts.map((c) => [c.id, c.soldCount]))).toEqual({
      [product.id]: 5,
      [unpaid.id]: 0,
    });
  });
});
