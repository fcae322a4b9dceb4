import { beforeAll, describe, expect, it } from "vitest";
import { GET as productsRoute } from "@/app/api/v1/products/route";
import { GET as sellerOrdersRoute } from "@/app/api/v1/seller/orders/route";
import { GET as sellerProductsRoute } from "@/app/api/v1/seller/products/route";
import { GET as villageFiguresRoute } from "@/app/api/v1/village/figures/route";
import { hashToken } from "@/lib/api/token-secret";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/api/tokens";
import { db } from "@/lib/db/client";
import { call, expectDocumented, expectRefusal, freshAddress } from "../support/api";
import { createProduct, createUser, createVillage } from "../support/factories";
import { parcelFor, sellerWithShop } from "../support/seller-factories";

type Orders = {
  data: { id: string; subtotal: { amountFen: number; currency: string } }[];
  nextCursor: string | null;
};

async function tokenFor(userId: string, scopes: string[]) {
  const made = await createApiToken(userId, { name: "script", scopes });
  if (!made.ok) throw new Error(made.error);
  return made.data;
}

// The private half of /api/v1: a personal token, its scope and its owner's role, checked every call.
describe("personal API tokens", () => {
  let sellerA: Awaited<ReturnType<typeof sellerWithShop>>;
  let sellerB: Awaited<ReturnType<typeof sellerWithShop>>;
  let tokenA: string;
  let parcelsA: string[];
  let parcelB: string;

  beforeAll(async () => {
    sellerA = await sellerWithShop();
    sellerB = await sellerWithShop();
    parcelsA = [];
    for (const status of ["PAID", "SHIPPED", "REFUNDED"] as const)
      parcelsA.push(
        (await parcelFor(sellerA.shop.id, { status, unitPriceFen: 2_500, quantity: 2 })).parcel.id,
      );
    await parcelFor(sellerA.shop.id, { status: "PENDING_PAYMENT" });
    parcelB = (await parcelFor(sellerB.shop.id, { status: "PAID" })).parcel.id;
    tokenA = (await tokenFor(sellerA.seller.id, ["seller:read"])).token;
  });

  it("shows the secret once and stores only its hash, with a visible prefix", async () => {
    const { token, row } = await tokenFor(sellerA.seller.id, ["seller:read"]);
    expect(token).toMatch(/^xy_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(row.prefix)).toBe(true);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.secretHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(JSON.stringify(await listApiTokens(sellerA.seller.id))).not.toContain(token);
  });

  it("refuses scopes outside the caller's role, and buyers altogether", async () => {
    expect(await createApiToken(sellerA.seller.id, { name: "x", scopes: ["village:read"] })).toMatchObject({
      ok: false,
    });
    expect(await createApiToken(sellerA.seller.id, { name: "x", scopes: [] })).toMatchObject({ ok: false });
    expect(await createApiToken(sellerA.seller.id, { name: "", scopes: ["seller:read"] })).toMatchObject({
      ok: false,
    });
    const buyer = await createUser("BUYER");
    expect(await createApiToken(buyer.id, { name: "x", scopes: ["seller:read"] })).toEqual({
      ok: false,
      error: "forbidden",
    });
  });

  it("reads only the token owner's parcels, paid ones, page by page, and records the last use", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await call(
        sellerOrdersRoute,
        `/seller/orders?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        {
          token: tokenA,
        },
      );
      expect(response.headers.get("cache-control")).toBe("private, no-cache");
      const body = (await expectDocumented("/seller/orders", response)) as Orders;
      seen.push(...body.data.map((parcel) => parcel.id));
      for (const parcel of body.data) expect(parcel.subtotal).toEqual({ amountFen: 5_000, currency: "CNY" });
      cursor = body.nextCursor;
    } while (cursor);
    expect([...seen].sort()).toEqual([...parcelsA].sort());
    expect(seen).not.toContain(parcelB);
    const row = await db.apiToken.findUniqueOrThrow({ where: { secretHash: hashToken(tokenA) } });
    expect(row.lastUsedAt).not.toBeNull();
  });

  it("gives seller B's token only seller B's parcels and products", async () => {
    const { token } = await tokenFor(sellerB.seller.id, ["seller:read"]);
    const orders = (await expectDocumented(
      "/seller/orders",
      await call(sellerOrdersRoute, "/seller/orders", { token }),
    )) as Orders;
    expect(orders.data.map((parcel) => parcel.id)).toEqual([parcelB]);
    const draft = await createProduct(sellerA.shop.id, { status: "DRAFT" });
    const productsA = (await expectDocumented(
      "/seller/products",
      await call(sellerProductsRoute, "/seller/products?status=DRAFT", { token: tokenA }),
    )) as Orders;
    expect(productsA.data.map((product) => product.id)).toContain(draft.id);
    const productsB = (await expectDocumented(
      "/seller/products",
      await call(sellerProductsRoute, "/seller/products?limit=100", { token }),
    )) as Orders;
    expect(productsB.data.map((product) => product.id)).not.toContain(draft.id);
  });

  it("refuses no token, malformed and unknown ones with 401, in the documented shape", async () => {
    const path = "/seller/orders";
    const unknown = `xy_${"A".repeat(43)}`;
    for (const authorization of [
      "",
      "Basic dXNlcjpwYXNz",
      "Bearer",
      "Bearer xy_short",
      `Bearer xy_${"é".repeat(43)}`,
      `Bearer ${unknown}`,
    ]) {
      const response = await call(sellerOrdersRoute, path, { authorization });
      await expectRefusal(path, response, 401, "unauthorized");
      expect(response.headers.get("www-authenticate")).toContain("Bearer");
    }
  });

  it("refuses a revoked token, and lets only its owner revoke it", async () => {
    const { token, row } = await tokenFor(sellerA.seller.id, ["seller:read"]);
    expect((await call(sellerOrdersRoute, "/seller/orders", { token })).status).toBe(200);
    expect(await revokeApiToken(sellerB.seller.id, { tokenId: row.id })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect((await call(sellerOrdersRoute, "/seller/orders", { token })).status).toBe(200);
    expect(await revokeApiToken(sellerA.seller.id, { tokenId: row.id })).toEqual({ ok: true });
    await expectRefusal(
      "/seller/orders",
      await call(sellerOrdersRoute, "/seller/orders", { token }),
      401,
      "unauthorized",
    );
    expect(await revokeApiToken(sellerA.seller.id, { tokenId: "a\u0000" })).toMatchObject({ ok: false });
  });

  it("refuses a wrong scope, a suspended shop and a role taken away with 403", async () => {
    const village = await createVillage();
    const admin = await createUser("ADMIN", { villageId: village.id });
    const { token: adminToken } = await tokenFor(admin.id, ["village:read"]);
    await expectRefusal(
      "/seller/orders",
      await call(sellerOrdersRoute, "/seller/orders", { token: adminToken }),
      403,
      "forbidden",
    );
    await expectRefusal(
      "/village/figures",
      await call(villageFiguresRoute, "/village/figures", { token: tokenA }),
      403,
      "forbidden",
    );
    const seller = await sellerWithShop();
    const { token } = await tokenFor(seller.seller.id, ["seller:read"]);
    expect((await call(sellerProductsRoute, "/seller/products", { token })).status).toBe(200);
    await db.shop.update({ where: { id: seller.shop.id }, data: { status: "SUSPENDED" } });
    await expectRefusal(
      "/seller/products",
      await call(sellerProductsRoute, "/seller/products", { token }),
      403,
      "forbidden",
    );
    await db.shop.update({ where: { id: seller.shop.id }, data: { status: "ACTIVE" } });
    // The role is read from the database on every call, not from the token.
    await db.user.update({ where: { id: seller.seller.id }, data: { role: "BUYER" } });
    await expectRefusal(
      "/seller/products",
      await call(sellerProductsRoute, "/seller/products", { token }),
      403,
      "forbidden",
    );
  });

  it("gives a village admin's token the village figures, money in fen, and 400 for an odd period", async () => {
    const admin = await createUser("ADMIN", { villageId: sellerA.shop.villageId });
    const { token } = await tokenFor(admin.id, ["village:read"]);
    const year = new Date().getUTCFullYear();
    const response = await call(villageFiguresRoute, "/village/figures?period=last-12-months", { token });
    const body = (await expectDocumented("/village/figures", response)) as {
      totals: { grossSales: { amountFen: number }; refunds: { amountFen: number } };
      period: { key: string };
    };
    expect(body.period.key).toBe("last-12-months");
    // Seller A's three paid parcels of 50 yuan (one refunded since) are 150 yuan of gross sales.
    expect(body.totals.grossSales.amountFen).toBe(15_000);
    for (const period of ["1999x", "%00", "next-year"])
      await expectRefusal(
        "/village/figures",
        await call(villageFiguresRoute, `/village/figures?period=${period}`, { token }),
        400,
        "bad_request",
      );
    expect((await call(villageFiguresRoute, `/village/figures?period=${year - 3}`, { token })).status).toBe(
      200,
    );
  });

  it("answers 429 with Retry-After once a token or an address spends its minute", async () => {
    const { token } = await tokenFor(sellerA.seller.id, ["seller:read"]);
    let last: Response | undefined;
    // 120 calls a minute per token, from addresses of their own so only the token's limit counts.
    for (let i = 0; i <= 120; i++)
      last = await call(sellerProductsRoute, "/seller/products?limit=1", { token });
    if (!last) throw new Error("no call made");
    await expectRefusal("/seller/products", last, 429, "rate_limited");
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
    // 300 a minute per address, whatever is asked (these malformed ones cost no database work).
    const ip = freshAddress();
    for (let i = 0; i < 300; i++) last = await call(productsRoute, "/products?limit=0", { ip });
    expect(last?.status).toBe(400);
    const refused = await call(productsRoute, "/products", { ip });
    await expectRefusal("/products", refused, 429, "rate_limited");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("checks answers against the document strictly enough to catch a wrong shape", async () => {
    const response = await call(sellerOrdersRoute, "/seller/orders", { token: tokenA });
    const body = (await response.json()) as Orders;
    const tampered = { ...body, data: body.data.map((parcel) => ({ ...parcel, subtotal: 50 })) };
    await expect(expectDocumented("/seller/orders", Response.json(tampered))).rejects.toThrow();
  });
});
