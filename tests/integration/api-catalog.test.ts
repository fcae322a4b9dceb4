import { beforeAll, describe, expect, it } from "vitest";
import { GET as unknownRoute } from "@/app/api/v1/[...rest]/route";
import { GET as categoriesRoute } from "@/app/api/v1/categories/route";
import { GET as productRoute } from "@/app/api/v1/products/[id]/route";
import { GET as productsRoute } from "@/app/api/v1/products/route";
import { GET as searchRoute } from "@/app/api/v1/search/route";
import { GET as shopRoute } from "@/app/api/v1/shops/[slug]/route";
import { GET as shopsRoute } from "@/app/api/v1/shops/route";
import { db } from "@/lib/db/client";
import { call, expectDocumented, expectRefusal } from "../support/api";
import { createCategory, createProduct, createShop } from "../support/factories";

type Card = { id: string; price: { amountFen: number; currency: string } };
type List<T> = { data: T[]; nextCursor: string | null };

// The public half of /api/v1: what a buyer sees, cacheable, every answer as the document says.
describe("the open catalog API", () => {
  let shopSlug: string;
  let categorySlug: string;
  const productIds: string[] = [];
  let hiddenId: string;

  beforeAll(async () => {
    const { shop, villageId } = await createShop();
    shopSlug = shop.slug;
    const category = await createCategory("AGRICULTURE");
    categorySlug = category.slug;
    for (let i = 0; i < 7; i++)
      productIds.push((await createProduct(shop.id, { categoryId: category.id, priceFen: 1_000 + i })).id);
    // Three share one createdAt: the id must still order them, so no page repeats or skips one.
    await db.product.updateMany({
      where: { id: { in: productIds.slice(2, 5) } },
      data: { createdAt: new Date("2026-06-01T00:00:00.000Z") },
    });
    hiddenId = (await createProduct(shop.id, { categoryId: category.id, status: "DRAFT" })).id;
    const closed = await createShop({ villageId, status: "SUSPENDED" });
    await createProduct(closed.shop.id, { categoryId: category.id });
  });

  it("lists categories with the products on sale in each", async () => {
    const response = await call(categoriesRoute, "/categories");
    expect(response.status).toBe(200);
    const body = (await expectDocumented("/categories", response)) as {
      data: { slug: string; productCount: number }[];
    };
    expect(body.data.find((category) => category.slug === categorySlug)?.productCount).toBe(7);
  });

  it("walks a shop's products page by page, each exactly once, money in fen with its currency", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `/products?shop=${shopSlug}&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const response = await call(productsRoute, query);
      expect(response.status).toBe(200);
      const body = (await expectDocumented("/products", response)) as List<Card>;
      expect(body.data.length).toBeLessThanOrEqual(2);
      seen.push(...body.data.map((card) => card.id));
      for (const card of body.data) expect(card.price.currency).toBe("CNY");
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(pages).toBe(4);
    expect([...seen].sort()).toEqual([...productIds].sort());
    expect(seen).not.toContain(hiddenId);
  });

  it("walks every open shop exactly once", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await call(shopsRoute, `/shops?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      const body = (await expectDocumented("/shops", response)) as List<{ slug: string }>;
      seen.push(...body.data.map((shop) => shop.slug));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 1_000);
    const open = await db.shop.findMany({ where: { status: "ACTIVE" }, select: { slug: true } });
    expect(seen.length).toBe(open.length);
    expect(new Set(seen)).toEqual(new Set(open.map((shop) => shop.slug)));
  });

  it("answers a product, and 404 for a draft, a closed shop's or an unknown id", async () => {
    const id = productIds[0] ?? "";
    const response = await call(productRoute, `/products/${id}`, { params: { id } });
    const body = (await expectDocumented("/products/{id}", response)) as {
      id: string;
      price: { amountFen: number };
    };
    expect(body).toMatchObject({ id, price: { amountFen: 1_000 } });
    for (const missing of [hiddenId, "nope", "a\u0000b"])
      await expectRefusal(
        "/products/{id}",
        await call(productRoute, "/products/x", { params: { id: missing } }),
        404,
        "not_found",
      );
  });

  it("answers an open shop and 404 for others", async () => {
    const response = await call(shopRoute, `/shops/${shopSlug}`, { params: { slug: shopSlug } });
    expect(((await expectDocumented("/shops/{slug}", response)) as { slug: string }).slug).toBe(shopSlug);
    await expectRefusal(
      "/shops/{slug}",
      await call(shopRoute, "/shops/x", { params: { slug: "no-such-shop" } }),
      404,
      "not_found",
    );
  });

  it("searches with the storefront's engine, filters in fen", async () => {
    const response = await call(
      searchRoute,
      `/search?shop=${shopSlug}&minFen=1003&maxFen=1005&sort=price_asc`,
    );
    const body = (await expectDocumented("/search", response)) as List<Card> & { total: number };
    expect(body.data.map((card) => card.price.amountFen)).toEqual([1_003, 1_004, 1_005]);
    expect(body.total).toBe(3);
    expect(body.nextCursor).toBeNull();
  });

  it("gives a strong ETag and answers 304 to it, with the caching headers", async () => {
    const first = await call(productsRoute, `/products?shop=${shopSlug}`);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers.get("cache-control")).toContain("public");
    const again = await call(productsRoute, `/products?shop=${shopSlug}`, { ifNoneMatch: etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    // A change to what the list shows changes the tag.
    await db.product.update({ where: { id: productIds[0] }, data: { priceFen: 999 } });
    const changed = await call(productsRoute, `/products?shop=${shopSlug}`, { ifNoneMatch: etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("refuses malformed queries, cursors and odd bytes with 400 in the documented shape", async () => {
    for (const query of [
      "limit=0",
      "limit=101",
      "limit=abc",
      "cursor=not-a-cursor!",
      `cursor=${Buffer.from('["yesterday","x"]').toString("base64url")}`,
      "shop=a%00b",
      "category=%1B%5B31m",
      `shop=${"x".repeat(65)}`,
    ])
      await expectRefusal("/products", await call(productsRoute, `/products?${query}`), 400, "bad_request");
    for (const query of ["q=%00", "kind=FISH", "minFen=-1", "sort=cheapest", "cursor=eHl6", "inStock=yes"])
      await expectRefusal("/search", await call(searchRoute, `/search?${query}`), 400, "bad_request");
  });

  it("answers a path it does not have with 404 in the error shape, not the site's HTML page", async () => {
    const response = unknownRoute();
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });
});
