// A year of village orders: how many parcels each shop sends each day, grouped into buyers' carts.

import { DAY, type Day, dayFactor, daysUpTo, hours, hourWeights, isSinglesDay } from "./calendar";
import type { PlannedShop } from "./catalog";
import type { CategorySlug } from "./content/catalog";
import { GUO_SHOP } from "./content/shops";
import { averageParcel, type Parcel, poisson, sampleParcel } from "./parcels";
import type { Buyer } from "./people";
import { deriveRandom, type Random } from "./random";

export type DraftOrder = {
  buyer: Buyer;
  /** When the buyer paid (or, for unpaid orders, would have): createdAt is a little before. */
  at: Date;
  parcels: Parcel[];
  state: "paid" | "cancelled" | "pending";
  /** Hand-made or target-filling orders: never cancelled or left unpaid at random. */
  locked?: boolean;
  /** Shop indexes whose parcel must stay unshipped (waiting for the seller). */
  holdShops?: number[];
};

/** Guo Mingfeng's Double 11 night, as in the news story: about 50,000 yuan of orders. */
export const GUO_SINGLES_NIGHT_FEN = 5_000_000;
export const ORDER_DAYS = 365;
// Shops suspended by the admin stopped selling this many days ago.
const SUSPENDED_FOR_DAYS = 45;

const CARTS = [
  [1, 0.72],
  [2, 0.22],
  [3, 0.06],
] as const;

/** A moment during `day` (never later than `now`), by the hour-of-day pattern. */
export function momentIn(rng: Random, day: Day, now: Date, hourRange?: [number, number]): Date {
  const latest = Math.min(day.start.getTime() + DAY - 1000, now.getTime() - 5 * 60_000);
  const weights = hourWeights(day).filter(([h]) => !hourRange || (h >= hourRange[0] && h <= hourRange[1]));
  for (let attempt = 0; attempt < 20; attempt++) {
    const at = day.start.getTime() + hours(rng.weighted(weights)) + rng.int(0, 3_599_999);
    if (at <= latest) return new Date(at);
  }
  return new Date(day.start.getTime() + rng.float(0, Math.max(0, latest - day.start.getTime())));
}

function shopFactor(shop: PlannedShop, day: Day): number {
  const categories = shop.products.map((p) => p.category);
  if (categories.length === 0) return 0;
  return categories.reduce((sum, c: CategorySlug) => sum + dayFactor(day, c), 0) / categories.length;
}

export function planOrders(seed: number, shops: PlannedShop[], buyers: Buyer[], now: Date): DraftOrder[] {
  const rng = deriveRandom(seed, "orders");
  const days = daysUpTo(now, ORDER_DAYS);
  const parcelsByDay: Parcel[][] = days.map(() => []);
  const singlesIndex = days.findIndex(isSinglesDay);

  shops.forEach((shop, shopIndex) => {
    if (shop.spec.salesYuan <= 0 || shop.products.length === 0) return;
    const guo = shop.spec.slug === GUO_SHOP;
    const open = (i: number) =>
      !(shop.spec.status === "SUSPENDED" && i >= days.length - SUSPENDED_FOR_DAYS) &&
      !(guo && i === singlesIndex);
    const factors = days.map((day, i) => (open(i) ? shopFactor(shop, day) : 0));
    const total = factors.reduce((a, b) => a + b, 0);
    const average = averageParcel(deriveRandom(seed, `avg:${shop.spec.slug}`), shop.products);
    const yearlyParcels = (shop.spec.salesYuan * 100) / average;
    factors.forEach((factor, i) => {
      const count = poisson(rng, (yearlyParcels * factor) / total);
      for (let k = 0; k < count; k++) parcelsByDay[i]?.push(sampleParcel(rng, shopIndex, shop.products));
    });
    if (guo && singlesIndex >= 0) parcelsByDay[singlesIndex]?.push(...guoSinglesNight(rng, shopIndex, shop));
  });

  const weights = buyerWeights(rng, buyers);
  const orders: DraftOrder[] = [];
  days.forEach((day, i) => {
    for (const parcels of intoCarts(rng, parcelsByDay[i] ?? [])) {
      const locked = parcels.some((p) => p.locked);
      const hourRange: [number, number] | undefined = locked ? [19, 23] : undefined;
      orders.push({
        buyer: rng.weighted(weights),
        at: momentIn(rng, day, now, hourRange),
        parcels,
        state: "paid",
        locked,
      });
    }
  });
  markUnpaid(rng, orders, now);
  return orders;
}

/** Guo's parcels on the night of 11 November, until they add up to the story's 50,000 yuan. */
function guoSinglesNight(rng: Random, shopIndex: number, shop: PlannedShop): Parcel[] {
  const parcels: Parcel[] = [];
  let total = 0;
  while (total < GUO_SINGLES_NIGHT_FEN) {
    const parcel = { ...sampleParcel(rng, shopIndex, shop.products), locked: true };
    parcels.push(parcel);
    total += parcel.subtotalFen;
  }
  return parcels;
}

/** Many carts hold one shop's parcel; some combine two or three shops, never the same shop twice. */
export function intoCarts(rng: Random, parcels: Parcel[]): Parcel[][] {
  const queue = rng.shuffle(parcels);
  const carts: Parcel[][] = [];
  while (queue.length > 0) {
    const first = queue.shift() as Parcel;
    const cart = [first];
    const size = first.locked ? 1 : rng.weighted(CARTS);
    for (let j = 0; j < queue.length && cart.length < size; j++) {
      const next = queue[j] as Parcel;
      if (next.locked || cart.some((p) => p.shopIndex === next.shopIndex)) continue;
      cart.push(next);
      queue.splice(j, 1);
      j -= 1;
    }
    carts.push(cart);
  }
  return carts;
}

/** Loyal customers order again and again; most buy now and then. */
function buyerWeights(rng: Random, buyers: Buyer[]): (readonly [Buyer, number])[] {
  return rng.shuffle(buyers).map((buyer, rank) => [buyer, 1 / (rank + 3) ** 0.9] as const);
}

/** A few carts were abandoned or called off; a handful from the last two days still wait for payment. */
function markUnpaid(rng: Random, orders: DraftOrder[], now: Date) {
  const recent = now.getTime() - 2 * DAY;
  let pending = 0;
  for (const order of orders) {
    if (order.locked) continue;
    if (order.at.getTime() > recent && pending < 5 && rng.chance(0.15)) {
      order.state = "pending";
      pending += 1;
    } else if (rng.chance(0.025)) order.state = "cancelled";
  }
}
