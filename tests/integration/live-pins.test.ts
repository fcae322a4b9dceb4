// Selling during a live show: pins take stock once, and the session price holds only on the card,
// only for the reserved units, under 200 buyers at once; whatever is not sold comes back exactly once.
import { describe, expect, it } from "vitest";
import { getCart } from "@/lib/cart/read";
import { db } from "@/lib/db/client";
import { addPinToCart } from "@/lib/live/pins/buy";
import { loadConsole, loadConsoleStats } from "@/lib/live/pins/console";
import { pinProduct } from "@/lib/live/pins/pin";
import { releaseSessionPins } from "@/lib/live/pins/release";
import { unpinProduct } from "@/lib/live/pins/unpin";
import { placeOrder } from "@/lib/orders/checkout";
import { closeUnpaidOrder } from "@/lib/orders/expire";
import { cutDatabase } from "../support/db-proxy";
import { createProduct, createShop, createUser } from "../support/factories";
import { liveShow, pinned, pinRow } from "../support/live-factories";
import { createBuyer, stockOf, validAddress } from "../support/store-factories";

const AFTER_EXPIRY = () => new Date(Date.now() + 40 * 60_000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function liveLinesOf(pinId: string) {
  return db.orderItem.findMany({
    where: { livePinId: pinId, shopOrder: { order: { status: { not: "CANCELLED" } } } },
    select: {
      unitPriceFen: true,
      quantity: true,
      shopOrder: { select: { order: { select: { buyerId: true } } } },
    },
  });
}

/** A buyer presses Buy on the card, then places the order. */
async function buyFromCard(buyerId: string, pinId: string, quantity = 1) {
  const added = await addPinToCart(buyerId, { pinId, quantity });
  if (!added.ok) return added;
  return placeOrder(buyerId, validAddress);
}

describe("pinning a product", () => {
  it("reserves units from stock for the session; pinning the next one returns the first one's unsold units", async () => {
    const { seller, product, session, shop } = await liveShow({ stock: 30 });
    const second = await createProduct(shop.id, { stock: 8 });
    const first = await pinned(seller.id, {
      sessionId: session.id,
      productId: product.id,
      reservedQuantity: 10,
      sessionPriceFen: 9_900,
      perBuyerLimit: 2,
      countdownSeconds: 300,
    });
    expect(await stockOf(product.id)).toBe(20);
    const row = await pinRow(first);
    expect(row).toMatchObject({
      reservedQuantity: 10,
      soldQuantity: 0,
      sessionPriceFen: 9_900,
      perBuyerLimit: 2,
    });
    expect(row.endsAt?.getTime()).toBeGreaterThan(Date.now());

    await pinned(seller.id, {
      sessionId: session.id,
      productId: second.id,
      reservedQuantity: 8,
      sessionPriceFen: 500,
    });
    expect(await stockOf(product.id)).toBe(30);
    expect(await stockOf(second.id)).toBe(0);
    expect((await pinRow(first)).unpinnedAt).not.toBeNull();
    // Ending the show now returns only the pin still on the card, and only once.
    await db.$transaction((tx) => releaseSessionPins(tx, session.id));
    await db.$transaction((tx) => releaseSessionPins(tx, session.id));
    expect(await stockOf(second.id)).toBe(8);
    expect(await stockOf(product.id)).toBe(30);
  });

  it("refuses more than the stock and writes nothing: the pin before stays on the card", async () => {
    const { seller, product, session } = await liveShow({ stock: 5 });
    const first = await pinned(seller.id, {
      sessionId: session.id,
      productId: product.id,
      reservedQuantity: 3,
      sessionPriceFen: 1_000,
    });
    const refused = await pinProduct(seller.id, {
      sessionId: session.id,
      productId: product.id,
      reservedQuantity: 6,
      sessionPriceFen: 1_000,
    });
    expect(refused).toMatchObject({ ok: false, error: "not_enough_stock" });
    expect(await stockOf(product.id)).toBe(2);
    expect((await pinRow(first)).unpinnedAt).toBeNull();
    expect(await db.livePin.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it("refuses bad numbers, other sellers, buyers, the signed out, other shops' products and shows not live", async () => {
    const { seller, product, session } = await liveShow({ stock: 5 });
    const input = { sessionId: session.id, productId: product.id, reservedQuantity: 2, sessionPriceFen: 800 };
    for (const bad of [
      { ...input, sessionPriceFen: 0 },
      { ...input, sessionPriceFen: 12.5 },
      { ...input, reservedQuantity: -1 },
      { ...input, productId: "\u0000x" },
      { ...input, perBuyerLimit: 1000 },
    ]) {
      expect(await pinProduct(seller.id, bad)).toMatchObject({ ok: false, error: "invalid_input" });
    }
    expect(await pinProduct((await createShop()).owner.id, input)).toMatchObject({
      ok: false,
      error: "not_found",
    });
    expect(await pinProduct((await createBuyer()).id, input)).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await pinProduct(null, input)).toMatchObject({ ok: false, error: "not_signed_in" });
    expect(await unpinProduct((await createShop()).owner.id, { sessionId: session.id })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    const stranger = await createShop();
    const theirs = await createProduct(stranger.shop.id, { stock: 9 });
    expect(await pinProduct(seller.id, { ...input, productId: theirs.id })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    const later = await liveShow({ stock: 5, status: "SCHEDULED" });
    expect(
      await pinProduct(later.seller.id, {
        ...input,
        sessionId: later.session.id,
        productId: later.product.id,
      }),
    ).toMatchObject({ ok: false, error: "not_live" });
    expect(await stockOf(product.id)).toBe(5);
    expect(await stockOf(theirs.id)).toBe(9);
    expect(await db.livePin.count({ where: { sessionId: session.id } })).toBe(0);
  });
});

describe("buying from the pinned card", () => {
  it("200 buyers at once on 10 reserved units: exactly 10 lines at the session price, the rest refused", {
    timeout: 60_000,
  }, async () => {
    const { seller, product, session } = await liveShow({ stock: 30, priceFen: 20_000 });
    const pinId = await pinned(seller.id, {
      sessionId: session.id,
      productId: product.id,
      reservedQuantity: 10,
      sessionPriceFen: 12_800,
    });
    const buyers = await Promise.all(Array.from({ length: 200 }, () => createBuyer()));
    const added = await Promise.all(buyers.map((buyer) => addPinToCart(buyer.id, { pinId })));
    expect(added.every((result) => result.ok)).toBe(true);

    const results = await Promise.all(buyers.map((buyer) => placeOrder(buyer.id, validAddress)));

    expect(results.filter((r) => r.ok)).toHaveLength(10);
    const refusals = results.filter((r) => !r.ok).map((r) => r.error);
    expect(new Set(refusals)).toEqual(new Set(["live_price_over"]));
    const lines = await liveLinesOf(pinId);
    expect(lines).toHaveLength(10);
    expect(lines.every((line) => line.unitPriceFen === 12_800 && line.quantity === 1)).toBe(true);
    expect((await pinRow(pinId)).soldQuantity).toBe(10);
    // The 10 came out of the reserve, not a second time out of stock.
    expect(await stockOf(product.id)).toBe(20);
    // A refused buyer's line is back at the normal price: checking out again pays it, from stock.
    const refusedBuyer = buyers[results.findIndex((r) => !r.ok)];
    const again = await placeOrder(refusedBuyer?.id ?? "", validAddress);
    expect(again.ok).toBe(true);
    const [normal] = await db.orderItem.findMany({
      where: { productId: product.id, shopOrder: { order: { buyerId: refusedBuyer?.id } } },
    });
    expect(normal).toMatchObject({ unitPriceFen: 20_000, livePinId: null });
    expect(await stockOf(product.id)).toBe(19);
  });

  it("holds the per-buyer limit when one buyer checks out many times at once", async () => {
    const { seller, product, session } = await liveShow({ stock: 30 });
    const pinId = await pinned(seller.id, {
      sessionId: session.id,
      productId: product.id,
      reservedQuantity: 10,
      sessionPriceFen: 3_000,
      perBuyerLimit: 2,
    });
    const buyer = await createBuyer();
    // Many taps of Buy and of checkout at once, from several tabs.
    await Promise.all(Array.from({ length: 12 }, () => buyFromCard(buyer.id, pinId)));
    const bought = (await liveLinesOf(pinId)).reduce((sum, line) => sum + line.quantity, 0);
    expect(bought).toBeLessThanOrEqual(2);
    expect((await pinRow(pinId)).soldQuantity).toBe(bought);
    // Going on one at a time reaches the limit exactly, then is told about it.
    let last = await buyFromCard(buyer.id, pinId);
    while (last.ok) last = await buyFromCard(buyer.id, pinId);
    expect(last).toMatchObject({ ok: false, error: "live_limit", limit: 2 });
    expect((await liveLinesOf(pinId)).reduce((sum, line) => sum + line.quantity, 0)).toBe(2);
    // Asking for 3 at once is cut to the limit on the card.
    const other = await createBuyer();
    expect(await addPinToCart(other.id, { pinId, quantity: 3 })).toMatchObject({
      ok: true,
      data: { quantity: 2 },
    });
  });

  it("does not give the session price after unpinning, after the countdown, or after the show ended", async () => {
    for (const ending of ["unpin", "countdown", "ended"] as const) {
      const { seller, product, session } = await liveShow({ stock: 10, priceFen: 5_000 });
      const pinId = await pinned(seller.id, {
        sessionId: session.id,
        productId: product.id,
        reservedQuantity: 4,
        sessionPriceFen: 1_000,
        countdownSeconds: 60,
      });
      const buyer = await createBuyer();
      expect((await addPinToCart(buyer.id, { pinId })).ok).toBe(true);
      if (ending === "unpin")
        expect((await unpinProduct(seller.id, { sessionId: session.id })).ok).toBe(true);
      if (ending === "countdown")
        await db.livePin.update({ where: { id: pinId }, data: { endsAt: new Date(Date.now() - 1_000) } });
      if (ending === "ended") {
        await db.$transaction(async (tx) => {
          await tx.liveSession.update({
            where: { id: session.id },
            data: { status: "ENDED", endedAt: new Date() },
          });
          await releaseSessionPins(tx, session.id);
        });
      }
      const result = await placeOrder(buyer.id, validAddress);
      expect(result, ending).toMatchObject({ ok: false, error: "live_price_over" });
      expect((await pinRow(pinId)).soldQuantity).toBe(0);
      expect(await addPinToCart(buyer.id, { pinId })).toMatchObject({ ok: false, error: "live_price_over" });
    }
  });

  it("shows the session price in the cart while the pin is open, the normal price after", async () => {
    const { seller, product, session } = await liveShow({ stock: 10, priceFen: 5_000 });
    const pinId = await pinned(seller.id, {
      sessionId: session.id,
      productId: product.id,
      reservedQuantity: 4,
      sessionPriceFen: 1_500,
      perBuyerLimit: 2,
    });
    const buyer = await createBuyer();
    expect((await addPinToCart(buyer.id, { pinId, quantity: 2 })).ok).toBe(true);
    const owner = { userId: buyer.id, cookieCartId: null };
    const during = await getCart(owner);
    if (!during.ok) throw new Error(during.error);
    expect(during.cart.groups[0]?.lines[0]).toMatchObject({ priceFen: 1_500, livePrice: true, stock: 2 });
    expect(during.cart.totalFen).toBe(3_000);
    expect((await unpinProduct(seller.id, { sessionId: session.id })).ok).toBe(true);
    const after = await getCart(owner);
    if (!after.ok) throw new Error(after.error);
    expect(after.cart.groups[0]?.lines[0]).toMatchObject({ priceFen: 5_000, livePrice: false });
  });

  it("is for signed-in buyers only, and refuses nonsense quietly", async () => {
    const { seller, product, session } = await liveShow({ stock: 10 });
    const pinId = await pinned(seller.id, {
      sessionId: session.id,
      productId: product.id,
      reservedQuantity: 4,
      sessionPriceFen: 1_000,
    });
    expect(await addPinToCart(null, { pinId })).toMatchObject({ ok: false, error: "not_signed_in" });
    expect(await addPinToCart(seller.id, { pinId })).toMatchObject({ ok: false, error: "buyers_only" });
    const buyer = await createBuyer();
    expect(await addPinToCart(buyer.id, { pinId, quantity: "\uFFFF" })).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
    expect(await addPinToCart(buyer.id, { pinId: "nope" })).toMatchObject({ ok: false, error: "not_found" });
    expect(await db.cartItem.count({ where: { cart: { userId: buyer.id } } })).toBe(0);
  });
});

describe("units coming back", () => {
  it("the show's end returns the unsold units once, even when the end is called twice at once", async () => {
    const { seller, product, session } = await liveShow({ stock: 20 });
    const pinId = await pinned(seller.id, {
      sessionId: session.id,
      productId: product.id,
      reservedQuantity: 10,
      sessionPriceFen: 1_000,
    });
    const buyer = await createBuyer();
    expect((await buyFromCard(buyer.id, pinId, 3)).ok).toBe(true);
    await Promise.all(
      [1, 2].map(() =>
        db.$transaction(async (tx) => {
          await tx.liveSession.updateMany({ where: { id: session.id }, data: { status: "ENDED" } });
          return releaseSessionPins(tx, session.id);
        }),
      ),
    );
    expect(await stockOf(product.id)).toBe(17);
    expect((await pinRow(pinId)).stockReturnedAt).not.toBeNull();
  });

  it("an unpaid order's units go back to the pin while it holds stock, to stock after; exactly once", async () => {
    const { seller, product, session } = await liveShow({ stock: 20 });
    const pinId = await pinned(seller.id, {
      sessionId: session.id,
      productId: product.id,
      reservedQuantity: 5,
      sessionPriceFen: 1_000,
    });
    const [early, late] = [await createBuyer(), await createBuyer()];
    const first = await buyFromCard(early.id, pinId, 2);
    const second = await buyFromCard(late.id, pinId, 1);
    if (!first.ok || !second.ok) throw new Error("checkout refused");
    expect((await pinRow(pinId)).soldQuantity).toBe(3);

    // Expiry racing the buyer's cancel: the units come back to the pin once.
    await Promise.all([
      closeUnpaidOrder(first.data.orderId, "EXPIRED", { now: AFTER_EXPIRY() }),
      closeUnpaidOrder(first.data.orderId, "BUYER", { buyerId: early.id }),
    ]);
    expect((await pinRow(pinId)).soldQuantity).toBe(1);
    expect(await stockOf(product.id)).toBe(15);

    // After the pin gave its units back, an expired order's unit goes to stock instead.
    expect((await unpinProduct(seller.id, { sessionId: session.id })).ok).toBe(true);
    expect(await stockOf(product.id)).toBe(19);
    await Promise.all(
      [1, 2].map(() => closeUnpaidOrder(second.data.orderId, "EXPIRED", { now: AFTER_EXPIRY() })),
    );
    expect(await stockOf(product.id)).toBe(20);
    expect((await pinRow(pinId)).soldQuantity).toBe(1);
  });
});

describe("the seller changing the card while buyers check out", () => {
  it("sells only while the pin was on the card, and every unit ends up in one place", async () => {
    const { seller, product, session, shop } = await liveShow({ stock: 40, priceFen: 6_000 });
    const next = await createProduct(shop.id, { stock: 40 });
    const pinId = await pinned(seller.id, {
      sessionId: session.id,
      productId: product.id,
      reservedQuantity: 20,
      sessionPriceFen: 3_000,
    });
    const buyers = await Promise.all(Array.from({ length: 50 }, () => createBuyer()));
    for (const buyer of buyers) expect((await addPinToCart(buyer.id, { pinId })).ok).toBe(true);
    // Half of them also want the next product, so carts hold both rows the pin action locks.
    for (const buyer of buyers.slice(0, 25)) {
      await db.cartItem.create({
        data: { cart: { connect: { userId: buyer.id } }, product: { connect: { id: next.id } }, quantity: 1 },
      });
    }
    const [results] = await Promise.all([
      Promise.all(buyers.map((buyer) => placeOrder(buyer.id, validAddress))),
      pinned(seller.id, {
        sessionId: session.id,
        productId: next.id,
        reservedQuantity: 2,
        sessionPriceFen: 100,
      }),
    ]);
    const sold = (await liveLinesOf(pinId)).reduce((sum, line) => sum + line.quantity, 0);
    // Each cart holds its live line: an order went through exactly when that line got the price.
    expect(results.filter((r) => r.ok)).toHaveLength(sold);
    expect(results.every((r) => r.ok || r.error === "live_price_over")).toBe(true);
    expect((await pinRow(pinId)).soldQuantity).toBe(sold);
    // The first pin's unsold units went back when the next one was pinned.
    expect(await stockOf(product.id)).toBe(40 - sold);
    await db.$transaction((tx) => releaseSessionPins(tx, session.id));
    const nextSold = await db.orderItem.aggregate({
      where: { productId: next.id, shopOrder: { order: { status: { not: "CANCELLED" } } } },
      _sum: { quantity: true },
    });
    expect((await stockOf(next.id)) + (nextSold._sum.quantity ?? 0)).toBe(40);
  });
});

describe("the database going away in the middle of 40 buys from the card", () => {
  it("never sells more than reserved, and every unit is in exactly one place after the show", {
    timeout: 120_000,
  }, async () => {
    const { seller, product, session } = await liveShow({ stock: 30, priceFen: 8_000 });
    const pinId = await pinned(seller.id, {
      sessionId: session.id,
      productId: product.id,
      reservedQuantity: 10,
      sessionPriceFen: 4_000,
    });
    const buyers = await Promise.all(Array.from({ length: 40 }, () => createBuyer()));
    for (const buyer of buyers) expect((await addPinToCart(buyer.id, { pinId })).ok).toBe(true);
    // Buyers arrive over a second; the database drops every connection and refuses new ones for a
    // second in the middle of it, as a restart does.
    const checkouts = buyers.map(async (buyer, i) => {
      await sleep(i * 25);
      return placeOrder(buyer.id, validAddress).catch((error: unknown) => error);
    });
    await sleep(200);
    cutDatabase(1_000);
    const results = await Promise.all(checkouts);
    const failed = results.filter((r) => r instanceof Error).length;
    expect(failed).toBeGreaterThan(0);
    await sleep(1_200);

    const sold = (await liveLinesOf(pinId)).reduce((sum, line) => sum + line.quantity, 0);
    expect(sold).toBeLessThanOrEqual(10);
    expect((await pinRow(pinId)).soldQuantity).toBe(sold);
    expect(await stockOf(product.id)).toBe(20);
    // The show ends: the unsold reserve comes back, and stock plus what was sold is what there was.
    await db.$transaction((tx) => releaseSessionPins(tx, session.id));
    expect((await stockOf(product.id)) + sold).toBe(30);
  });
});

describe("the seller's console", () => {
  it("shows only the show's own seller her products (the show's first), the card and the figures", async () => {
    const { seller, product, session, shop } = await liveShow({ stock: 12, priceFen: 10_000 });
    const other = await createProduct(shop.id, { stock: 3 });
    const pinId = await pinned(seller.id, {
      sessionId: session.id,
      productId: product.id,
      reservedQuantity: 4,
      sessionPriceFen: 7_000,
    });
    const buyer = await createBuyer();
    expect((await buyFromCard(buyer.id, pinId, 2)).ok).toBe(true);
    const loaded = await loadConsole(seller.id, session.id);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.view.products.map((p) => [p.id, p.inSession])).toEqual([
      [product.id, true],
      [other.id, false],
    ]);
    expect(loaded.view.pin).toMatchObject({ id: pinId, soldQuantity: 2, remaining: 2 });
    expect(loaded.view.stats).toEqual({ soldUnits: 2, moneyFen: 14_000 });
    for (const stranger of [(await createShop()).owner.id, buyer.id, null]) {
      expect((await loadConsole(stranger, session.id)).ok).toBe(false);
      expect((await loadConsoleStats(stranger, session.id)).ok).toBe(false);
    }
  });
});

describe("an account that is not a buyer", () => {
  it("cannot check out a pin line (admins have no cart)", async () => {
    expect(await addPinToCart((await createUser("ADMIN")).id, { pinId: "x" })).toMatchObject({
      ok: false,
      error: "buyers_only",
    });
  });
});
