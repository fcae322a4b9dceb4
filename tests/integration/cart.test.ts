import { describe, expect, it } from "vitest";
import { addToCart } from "@/lib/cart/add";
import { changeCartQuantity, removeFromCart } from "@/lib/cart/change";
import type { CartOwner } from "@/lib/cart/owner";
import { getCart, getCartCount } from "@/lib/cart/read";
import { db } from "@/lib/db/client";
import { createProduct, createUser } from "../support/factories";
import { createBuyer, createListedProduct } from "../support/store-factories";

const guest: CartOwner = { userId: null, cookieCartId: null };
const buyerOwner = (userId: string): CartOwner => ({ userId, cookieCartId: null });

async function cartOf(owner: CartOwner) {
  const result = await getCart(owner);
  if (!result.ok) throw new Error(result.error);
  return result.cart;
}

async function linesOfUser(userId: string) {
  return db.cartItem.findMany({ where: { cart: { userId } }, select: { productId: true, quantity: true } });
}

describe("cart", () => {
  it("holds products from several shops, grouped by shop with subtotals and a total", async () => {
    const buyer = await createBuyer();
    const bracelet = await createListedProduct({ priceFen: 12_800 });
    const tea = await createListedProduct({ priceFen: 6_650 });
    const teaToo = await createProduct(tea.shop.id, { priceFen: 2_000 });
    const owner = buyerOwner(buyer.id);

    expect((await addToCart(owner, { productId: bracelet.product.id, quantity: "2" })).ok).toBe(true);
    expect((await addToCart(owner, { productId: tea.product.id })).ok).toBe(true);
    expect((await addToCart(owner, { productId: teaToo.id, quantity: 3 })).ok).toBe(true);

    const cart = await cartOf(owner);
    expect(cart.groups.map((group) => [group.shop.id, group.subtotalFen])).toEqual([
      [bracelet.shop.id, 25_600],
      [tea.shop.id, 6_650 + 6_000],
    ]);
    expect(cart.totalFen).toBe(25_600 + 12_650);
    expect(cart.itemCount).toBe(6);
    expect(await getCartCount(owner)).toBe(6);
  });

  it("takes prices from the database as they are now, never from the request", async () => {
    const buyer = await createBuyer();
    const { product } = await createListedProduct({ priceFen: 9_900 });
    const owner = buyerOwner(buyer.id);
    await addToCart(owner, { productId: product.id, quantity: 1, priceFen: 1, totalFen: 1 });
    expect((await cartOf(owner)).totalFen).toBe(9_900);
    await db.product.update({ where: { id: product.id }, data: { priceFen: 10_500 } });
    expect((await cartOf(owner)).totalFen).toBe(10_500);
  });

  it("adding again adds up, capped at the stock and at 99", async () => {
    const buyer = await createBuyer();
    const scarce = await createListedProduct({ stock: 3 });
    const plenty = await createListedProduct({ stock: 500 });
    const owner = buyerOwner(buyer.id);

    await addToCart(owner, { productId: scarce.product.id, quantity: 2 });
    const capped = await addToCart(owner, { productId: scarce.product.id, quantity: 2 });
    await addToCart(owner, { productId: plenty.product.id, quantity: 99 });
    await addToCart(owner, { productId: plenty.product.id, quantity: 5 });

    expect(capped).toMatchObject({ ok: true, data: { quantity: 3 } });
    const lines = await linesOfUser(buyer.id);
    expect(new Map(lines.map((line) => [line.productId, line.quantity]))).toEqual(
      new Map([
        [scarce.product.id, 3],
        [plenty.product.id, 99],
      ]),
    );
  });

  it.each([
    ["zero", 0],
    ["negative", -1],
    ["too many", 100],
    ["fraction", 1.5],
    ["not a number", "abc"],
  ])("refuses a %s quantity with a field error and writes nothing", async (_case, quantity) => {
    const buyer = await createBuyer();
    const { product } = await createListedProduct();
    const result = await addToCart(buyerOwner(buyer.id), { productId: product.id, quantity });
    expect(result).toMatchObject({
      ok: false,
      error: "invalid_input",
      fieldErrors: { quantity: ["quantity_invalid"] },
    });
    expect(await db.cart.count({ where: { userId: buyer.id } })).toBe(0);
  });

  it("refuses a missing or overlong product id", async () => {
    const buyer = await createBuyer();
    for (const input of [{}, { productId: "" }, { productId: "p".repeat(41) }]) {
      expect(await addToCart(buyerOwner(buyer.id), input)).toMatchObject({
        ok: false,
        fieldErrors: { productId: expect.any(Array) },
      });
    }
    expect(await linesOfUser(buyer.id)).toEqual([]);
  });

  it("refuses sold-out products, drafts, and products of pending or suspended shops", async () => {
    const buyer = await createBuyer();
    const owner = buyerOwner(buyer.id);
    const soldOut = await createListedProduct({ stock: 0 });
    const suspended = await createListedProduct({ shopStatus: "SUSPENDED" });
    const pending = await createListedProduct({ shopStatus: "PENDING" });
    const active = await createListedProduct();
    const draft = await createProduct(active.shop.id, { status: "DRAFT" });

    expect(await addToCart(owner, { productId: soldOut.product.id })).toEqual({
      ok: false,
      error: "sold_out",
    });
    expect(await addToCart(owner, { productId: suspended.product.id })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await addToCart(owner, { productId: pending.product.id })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await addToCart(owner, { productId: draft.id })).toEqual({ ok: false, error: "not_found" });
    expect(await addToCart(owner, { productId: "no-such-product" })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await linesOfUser(buyer.id)).toEqual([]);
  });

  it("shows a product whose shop is suspended later as unavailable, counted for nothing", async () => {
    const buyer = await createBuyer();
    const owner = buyerOwner(buyer.id);
    const later = await createListedProduct({ priceFen: 5_000 });
    const fine = await createListedProduct({ priceFen: 1_000 });
    await addToCart(owner, { productId: later.product.id });
    await addToCart(owner, { productId: fine.product.id });
    await db.shop.update({ where: { id: later.shop.id }, data: { status: "SUSPENDED" } });

    const cart = await cartOf(owner);
    expect(cart.totalFen).toBe(1_000);
    expect(cart.hasProblems).toBe(true);
    expect(
      cart.groups.flatMap((group) => group.lines).find((l) => l.productId === later.product.id)?.available,
    ).toBe(false);
    expect(await changeCartQuantity(owner, { productId: later.product.id, quantity: 2 })).toEqual({
      ok: false,
      error: "unavailable",
    });
  });

  it("changes a quantity (lowered to the stock) and removes a line", async () => {
    const buyer = await createBuyer();
    const owner = buyerOwner(buyer.id);
    const { product } = await createListedProduct({ stock: 4 });
    await addToCart(owner, { productId: product.id });

    expect(await changeCartQuantity(owner, { productId: product.id, quantity: "3" })).toEqual({
      ok: true,
      data: { quantity: 3 },
    });
    expect(await changeCartQuantity(owner, { productId: product.id, quantity: 9 })).toEqual({
      ok: true,
      data: { quantity: 4 },
    });
    expect(await changeCartQuantity(owner, { productId: product.id, quantity: 0 })).toMatchObject({
      ok: false,
      fieldErrors: { quantity: ["quantity_invalid"] },
    });
    expect(await linesOfUser(buyer.id)).toEqual([{ productId: product.id, quantity: 4 }]);
    expect(await removeFromCart(owner, { productId: product.id })).toEqual({ ok: true });
    expect(await linesOfUser(buyer.id)).toEqual([]);
    expect(await removeFromCart(owner, { productId: product.id })).toEqual({ ok: false, error: "not_found" });
  });

  it("a buyer cannot change or remove lines in another buyer's cart", async () => {
    const alice = await createBuyer();
    const bob = await createBuyer();
    const { product } = await createListedProduct();
    await addToCart(buyerOwner(alice.id), { productId: product.id, quantity: 2 });
    await addToCart(buyerOwner(bob.id), { productId: (await createListedProduct()).product.id });

    expect(await changeCartQuantity(buyerOwner(bob.id), { productId: product.id, quantity: 7 })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await removeFromCart(buyerOwner(bob.id), { productId: product.id })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await linesOfUser(alice.id)).toEqual([{ productId: product.id, quantity: 2 }]);
  });

  it("a guest cookie can never open a signed-in buyer's cart", async () => {
    const alice = await createBuyer();
    const { product } = await createListedProduct();
    const added = await addToCart(buyerOwner(alice.id), { productId: product.id, quantity: 2 });
    if (!added.ok) throw new Error(added.error);
    const stolenCookie: CartOwner = { userId: null, cookieCartId: added.data.cartId };

    expect((await cartOf(stolenCookie)).itemCount).toBe(0);
    expect(await removeFromCart(stolenCookie, { productId: product.id })).toEqual({
      ok: false,
      error: "not_found",
    });
    const guestAdd = await addToCart(stolenCookie, { productId: product.id });
    expect(guestAdd.ok && guestAdd.data.cartId).not.toBe(added.data.cartId);
    expect(await linesOfUser(alice.id)).toEqual([{ productId: product.id, quantity: 2 }]);
  });

  it("refuses sellers and admins with buyers_only, and writes nothing", async () => {
    const { product } = await createListedProduct();
    for (const role of ["SELLER", "ADMIN"] as const) {
      const user = await createUser(role);
      const owner = buyerOwner(user.id);
      expect(await addToCart(owner, { productId: product.id })).toEqual({ ok: false, error: "buyers_only" });
      expect(await getCart(owner)).toEqual({ ok: false, error: "buyers_only" });
      expect(await getCartCount(owner)).toBe(0);
      expect(await db.cart.count({ where: { userId: user.id } })).toBe(0);
    }
  });

  describe("signed-out visitors", () => {
    it("get a guest cart that the cookie id reopens", async () => {
      const { product } = await createListedProduct({ priceFen: 3_300 });
      const added = await addToCart(guest, { productId: product.id, quantity: 2 });
      if (!added.ok) throw new Error(added.error);
      const owner: CartOwner = { userId: null, cookieCartId: added.data.cartId };

      expect((await cartOf(owner)).totalFen).toBe(6_600);
      await addToCart(owner, { productId: product.id });
      expect(await getCartCount(owner)).toBe(3);
      const cart = await db.cart.findUniqueOrThrow({ where: { id: added.data.cartId } });
      expect(cart.userId).toBeNull();
    });

    it("merge into the buyer's cart on the next read after sign-in, and the guest cart is gone", async () => {
      const buyer = await createBuyer();
      const both = await createListedProduct({ stock: 10 });
      const guestOnly = await createListedProduct({ stock: 10 });
      const buyerOnly = await createListedProduct({ stock: 10 });
      await addToCart(buyerOwner(buyer.id), { productId: both.product.id, quantity: 2 });
      await addToCart(buyerOwner(buyer.id), { productId: buyerOnly.product.id, quantity: 1 });
      const first = await addToCart(guest, { productId: both.product.id, quantity: 3 });
      if (!first.ok) throw new Error(first.error);
      const guestCartId = first.data.cartId;
      await addToCart(
        { userId: null, cookieCartId: guestCartId },
        { productId: guestOnly.product.id, quantity: 4 },
      );

      const signedIn: CartOwner = { userId: buyer.id, cookieCartId: guestCartId };
      const cart = await cartOf(signedIn);

      const quantities = new Map(
        cart.groups.flatMap((g) => g.lines).map((line) => [line.productId, line.quantity]),
      );
      expect(quantities).toEqual(
        new Map([
          [both.product.id, 5],
          [buyerOnly.product.id, 1],
          [guestOnly.product.id, 4],
        ]),
      );
      expect(await db.cart.findUnique({ where: { id: guestCartId } })).toBeNull();
      // Reading again with the stale cookie changes nothing.
      expect((await cartOf(signedIn)).itemCount).toBe(10);
    });

    it("merging is counted once even when several requests read the cart at once", async () => {
      const buyer = await createBuyer();
      const { product } = await createListedProduct({ stock: 50 });
      const added = await addToCart(guest, { productId: product.id, quantity: 3 });
      if (!added.ok) throw new Error(added.error);
      const signedIn: CartOwner = { userId: buyer.id, cookieCartId: added.data.cartId };

      await Promise.all([
        getCart(signedIn),
        getCartCount(signedIn),
        getCart(signedIn),
        getCartCount(signedIn),
      ]);

      expect(await linesOfUser(buyer.id)).toEqual([{ productId: product.id, quantity: 3 }]);
      expect(await db.cart.count({ where: { id: added.data.cartId } })).toBe(0);
    });

    it("a merge is capped at the stock", async () => {
      const buyer = await createBuyer();
      const { product } = await createListedProduct({ stock: 4 });
      await addToCart(buyerOwner(buyer.id), { productId: product.id, quantity: 3 });
      const added = await addToCart(guest, { productId: product.id, quantity: 3 });
      if (!added.ok) throw new Error(added.error);

      await getCart({ userId: buyer.id, cookieCartId: added.data.cartId });

      expect(await linesOfUser(buyer.id)).toEqual([{ productId: product.id, quantity: 4 }]);
    });

    it("a seller signing in does not take over a guest cart", async () => {
      const seller = await createUser("SELLER");
      const { product } = await createListedProduct();
      const added = await addToCart(guest, { productId: product.id });
      if (!added.ok) throw new Error(added.error);
      expect(await getCart({ userId: seller.id, cookieCartId: added.data.cartId })).toEqual({
        ok: false,
        error: "buyers_only",
      });
      expect(await db.cart.count({ where: { id: added.data.cartId, userId: null } })).toBe(1);
    });
  });
});
