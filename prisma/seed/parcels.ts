// What one shop's parcel in an order holds: which products, how many of each.
import type { SellableProduct } from "./catalog";
import type { Random } from "./random";

export type Line = { product: SellableProduct; quantity: number };
export type Parcel = { shopIndex: number; lines: Line[]; subtotalFen: number; locked?: boolean };

// Quantities buyers actually take: one bracelet, a few jin of pork, two jars of honey.
const QUANTITIES: Record<string, (readonly [number, number])[]> = {
  turquoise: [
    [1, 0.9],
    [2, 0.1],
  ],
  tea: [
    [1, 0.5],
    [2, 0.3],
    [3, 0.12],
    [5, 0.08],
  ],
  chicken: [
    [1, 0.5],
    [2, 0.35],
    [3, 0.15],
  ],
  porkJin: [
    [1, 0.2],
    [2, 0.3],
    [3, 0.2],
    [5, 0.2],
    [10, 0.1],
  ],
  mushrooms: [
    [1, 0.5],
    [2, 0.3],
    [3, 0.2],
  ],
  honey: [
    [1, 0.45],
    [2, 0.35],
    [3, 0.1],
    [4, 0.1],
  ],
  box: [
    [1, 0.7],
    [2, 0.3],
  ],
};

function quantityFor(rng: Random, product: SellableProduct): number {
  if (product.unique) return 1;
  if (product.category === "pork")
    return rng.weighted(product.unit === "JIN" ? QUANTITIES.porkJin! : QUANTITIES.box!);
  return rng.weighted(QUANTITIES[product.category] ?? QUANTITIES.box!);
}

/** Cheaper things sell more often; one-of-a-kind carvings and stones rarely. */
function popularity(product: SellableProduct): number {
  return (product.unique ? 0.3 : 1) / Math.sqrt(product.priceFen / 10_000);
}

const ITEM_COUNTS = [
  [1, 0.68],
  [2, 0.25],
  [3, 0.07],
] as const;

export function sampleParcel(rng: Random, shopIndex: number, products: SellableProduct[]): Parcel {
  const wanted = Math.min(rng.weighted(ITEM_COUNTS), products.length);
  const pool = products.map((product) => [product, popularity(product)] as const);
  const lines: Line[] = [];
  while (lines.length < wanted) {
    const product = rng.weighted(pool.filter(([p]) => !lines.some((line) => line.product.id === p.id)));
    lines.push({ product, quantity: quantityFor(rng, product) });
  }
  return {
    shopIndex,
    lines,
    subtotalFen: lines.reduce((sum, l) => sum + l.product.priceFen * l.quantity, 0),
  };
}

/** A parcel of exactly these lines, for the hand-written orders of the demo accounts. */
export function parcelOf(shopIndex: number, lines: Line[], locked = true): Parcel {
  return {
    shopIndex,
    lines,
    subtotalFen: lines.reduce((sum, l) => sum + l.product.priceFen * l.quantity, 0),
    locked,
  };
}

/** The average parcel value of a shop, so its yearly sales target becomes a number of parcels. */
export function averageParcel(rng: Random, products: SellableProduct[]): number {
  let total = 0;
  const samples = 600;
  for (let i = 0; i < samples; i++) total += sampleParcel(rng, 0, products).subtotalFen;
  return total / samples;
}

export function poisson(rng: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(rng)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k += 1;
    p *= rng.next();
  }
  return k;
}

function gaussian(rng: Random): number {
  const u = Math.max(rng.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}
