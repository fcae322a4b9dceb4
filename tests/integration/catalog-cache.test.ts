import { beforeEach, describe, expect, it } from "vitest";
import { catalogTag, tagsForProductSave, tagsForStockChanges } from "@/lib/catalog/cache-tags";
import { db } from "@/lib/db/client";
import { cancelOrder } from "@/lib/orders/cancel";
import { placeOrder } from "@/lib/orders/checkout";
import { approveShop, suspendShop } from "@/lib/shops/moderate";
import { createShop, createUser, createVillage } from "../support/factories";
import { clearExpiredTags, expiredTags } from "../support/next-cache-stub";
import { createBuyer, createListedProduct, fillCart, validAddress } from "../support/store-factories";

// The storefront's pages are cached; these are the writes that must make them stale, and only them.
describe("what a write makes stale on the storefront", () => {
  beforeEach(clearExpiredTags);

  it("stock bands: a well-stocked sale expires nothing, the low band its page, selling out its cards", () => {
    expect(tagsForStockChanges([{ productId: "a", before: 100, after: 99 }])).toEqual([]);
    expect(tagsForStockChanges([{ productId: "a", before: 7, after: 5 }])).toEqual([catalogTag.product("a")]);
    expect(tagsForStockChanges([{ productId: "a", before: 2, after: 0 }])).toEqual([
      catalogTag.product("a"),
      catalogTag.card("a"),
    ]);
    expect(tagsForStockChanges([{ productId: "a", before: 0, after: 3 }])).toEqual([
      catalogTag.product("a"),
      catalogTag.card("a"),
    ]);
  });

  it("a seller's save expires the product, its cards, shop and lists, and every cached search", () => {
    expect(tagsForProductSave({ id: "p", shopId: "s", categoryIds: ["old", "new"] }).sort()).toEqual(
      [
        catalogTag.product("p"),
        catalogTag.card("p"),
        catalogTag.shop("s"),
        catalogTag.home,
        catalogTag.search,
        catalogTag.category("old"),
        catalogTag.category("new"),
      ].sort(),
    );
  });

  it("a checkout that sells a product out expires its page and its cards; cancelling brings them back", async () => {
    const buyer = await createBuyer();
    const lastOne = await createListedProduct({ stock: 1 });
    const plenty = await createListedProduct({ stock: 50 });
    await fillCart(buyer.id, [
      { productId: lastOne.product.id, quantity: 1 },
      { productId: plenty.product.id, quantity: 1 },
    ]);
    const placed = await placeOrder(buyer.id, validAddress);
    expect(placed.ok).toBe(true);
    if (!placed.ok) return;
    expect(expiredTags().sort()).toEqual([
      catalogTag.card(lastOne.product.id),
      catalogTag.product(lastOne.product.id),
    ]);

    clearExpiredTags();
    expect((await cancelOrder(buyer.id, { orderId: placed.data.orderId })).ok).toBe(true);
    expect(expiredTags()).toContain(catalogTag.card(lastOne.product.id));
    expect(expiredTags()).not.toContain(catalogTag.card(plenty.product.id));
  });

  it("approving or suspending a shop expires the whole catalog; a refused move expires nothing", async () => {
    const village = await createVillage();
    const admin = await createUser("ADMIN", { villageId: village.id });
    const { shop } = await createShop({ villageId: village.id, status: "PENDING" });
    expect((await approveShop(admin.id, { shopId: shop.id })).ok).toBe(true);
    expect(expiredTags()).toEqual([catalogTag.all]);

    clearExpiredTags();
    expect((await approveShop(admin.id, { shopId: shop.id })).ok).toBe(false);
    expect(expiredTags()).toEqual([]);
    expect((await suspendShop(admin.id, { shopId: shop.id })).ok).toBe(true);
    expect(expiredTags()).toEqual([catalogTag.all]);
    expect(await db.shop.findUnique({ where: { id: shop.id }, select: { status: true } })).toEqual({
      status: "SUSPENDED",
    });
  });
});
