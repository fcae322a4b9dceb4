import "server-only";
import type { FailedResult } from "@/lib/actions/result";
import { db } from "@/lib/db/client";
import type { ProductUnit } from "@/lib/generated/prisma/client";
import { pinIsOpen } from "@/lib/live/pins/current";
import { type CartOwner, cartCaller } from "./owner";
import { findCartId } from "./resolve";

export type CartLine = {
  productId: string;
  titleZh: string;
  titleEn: string;
  unit: ProductUnit;
  imageId: string | null;
  priceFen: number;
  quantity: number;
  stock: number;
  /** False when the product or its shop is no longer on sale: it cannot be bought and counts for nothing. */
  available: boolean;
  lineTotalFen: number;
  /** Priced at a live show's session price (checkout confirms it from the pin then). */
  livePrice: boolean;
};

export type CartShopGroup = {
  shop: { id: string; slug: string; nameZh: string; nameEn: string };
  lines: CartLine[];
  subtotalFen: number;
};

export type CartView = {
  groups: CartShopGroup[];
  itemCount: number;
  totalFen: number;
  /** Something in the cart cannot be bought as it is (sold out, too few left, or off sale). */
  hasProblems: boolean;
};

export const emptyCart: CartView = { groups: [], itemCount: 0, totalFen: 0, hasProblems: false };

/** The caller's cart grouped by shop, priced from the database as it is now. */
export async function getCart(owner: CartOwner): Promise<{ ok: true; cart: CartView } | FailedResult> {
  const caller = await cartCaller(owner);
  if (!caller.ok) return caller;
  const cartId = await findCartId(caller.buyerId, owner.cookieCartId);
  if (!cartId) return { ok: true, cart: emptyCart };
  const items = await db.cartItem.findMany({
    where: { cartId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      quantity: true,
      livePin: {
        select: {
          sessionPriceFen: true,
          reservedQuantity: true,
          soldQuantity: true,
          perBuyerLimit: true,
          unpinnedAt: true,
          stockReturnedAt: true,
          endsAt: true,
          session: { select: { status: true } },
        },
      },
      product: {
        select: {
          id: true,
          titleZh: true,
          titleEn: true,
          unit: true,
          priceFen: true,
          stock: true,
          status: true,
          images: { select: { id: true }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], take: 1 },
          shop: { select: { id: true, slug: true, nameZh: true, nameEn: true, status: true } },
        },
      },
    },
  });
  const groups = new Map<string, CartShopGroup>();
  let hasProblems = false;
  for (const { quantity, product, livePin } of items) {
    const available = product.status === "ACTIVE" && product.shop.status === "ACTIVE";
    // A line from a pinned card is priced and limited by the pin while it is open.
    const live = livePin && pinIsOpen(livePin, livePin.session.status) ? livePin : null;
    // At the live price the line can hold what is left of the pin, and no more than one buyer may have.
    const stock = live
      ? Math.min(live.reservedQuantity - live.soldQuantity, live.perBuyerLimit ?? Number.MAX_SAFE_INTEGER)
      : product.stock;
    const priceFen = live ? live.sessionPriceFen : product.priceFen;
    if (!available || stock < quantity) hasProblems = true;
    const { status: _shopStatus, ...shop } = product.shop;
    const group = groups.get(shop.id) ?? { shop, lines: [], subtotalFen: 0 };
    const lineTotalFen = available ? priceFen * quantity : 0;
    group.lines.push({
      productId: product.id,
      titleZh: product.titleZh,
      titleEn: product.titleEn,
      unit: product.unit,
      imageId: product.images[0]?.id ?? null,
      priceFen,
      quantity,
      stock,
      available,
      lineTotalFen,
      livePrice: live !== null,
    });
    group.subtotalFen += lineTotalFen;
    groups.set(shop.id, group);
  }
  const list = [...groups.values()];
  return {
    ok: true,
    cart: {
      groups: list,
      itemCount: items.reduce((sum, item) => sum + item.quantity, 0),
      totalFen: list.reduce((sum, group) => sum + group.subtotalFen, 0),
      hasProblems,
    },
  };
}

/** How many pieces the header's cart badge shows; 0 for sellers, admins and empty carts. */
export async function getCartCount(owner: CartOwner): Promise<number> {
  const caller = await cartCaller(owner);
  if (!caller.ok) return 0;
  const cartId = await findCartId(caller.buyerId, owner.cookieCartId);
  if (!cartId) return 0;
  const sum = await db.cartItem.aggregate({ where: { cartId }, _sum: { quantity: true } });
  return sum._sum.quantity ?? 0;
}
