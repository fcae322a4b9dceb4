// The village's 500 shops: the hand-written demo shops, grown to their 2019 size, and generated ones
// modelled on them (same kinds of products, cheaper everyday lines), so one catalog serves both sizes.
import { pinyin } from "pinyin-pro";
import type { SellableProduct } from "../catalog";
import type { CategorySlug, ProductSpec } from "../content/catalog";
import { villagerName } from "../content/people";
import { SHOPS, type ShopSpec } from "../content/shops";
import { averageParcel } from "../parcels";
import { deriveRandom, type Random } from "../random";
import type { Size } from "./size";

/** Where a generated product's picture comes from: the demo product it was modelled on. */
export type PictureSource = { slug: string; index: number };

export type ScaleShops = {
  specs: ShopSpec[];
  /** For every product of every spec, in order: the demo product whose drawing it reuses, if any. */
  pictureSources: (PictureSource | null)[];
};

// Shares of the year's gross sales and of the parcels, chosen so the totals land near 2019's.
/** The demo shops' part of the village's sales (the big live-stream team and Guo's shop among them). */
const DEMO_SHARE = 0.2;
/** Parcels per order: most carts hold one shop's parcel, some two or three (orders.ts CARTS). */
export const PARCELS_PER_ORDER = 1.33;
/** Orders the buyer called off before paying (the demo's rate). */
export const CANCELLED_SHARE = 0.025;

type Kind = "crafts" | "farm";
/** Shops that sell only turquoise, or only farm produce (mixed demo shops are not copied). */
const kindOf = (spec: ShopSpec): Kind | null => {
  const turquoise = spec.products.filter((p) => p.category === "turquoise").length;
  if (turquoise === spec.products.length) return "crafts";
  return turquoise === 0 ? "farm" : null;
};
// Agriculture was over 30% of Xiaying's 2019 sales: the new farm shops (two in five) take this share
// of the new shops' sales, so the village's share holds at any size instead of riding on a few big shops.
const FARM_SALES_SHARE = 0.36;
const isFarm = (i: number) => i % 5 === 1 || i % 5 === 3;

const NAMES: Record<CategorySlug, [zh: string, en: string][]> = {
  turquoise: [
    ["绿松石", "Turquoise"],
    ["松石手串", "Turquoise Bracelets"],
    ["松石工坊", "Turquoise Workshop"],
  ],
  tea: [
    ["山茶", "Mountain Tea"],
    ["茶园", "Tea Garden"],
  ],
  chicken: [["土鸡", "Free-range Chicken"]],
  pork: [["腊肉", "Cured Pork"]],
  mushrooms: [["香菇", "Mushrooms"]],
  honey: [["土蜂蜜", "Wild Honey"]],
};

const sellable = (spec: ShopSpec): SellableProduct[] =>
  spec.products
    .filter((p) => !p.draft)
    .map((p, i) => ({
      id: `${spec.slug}#${i}`,
      shopId: spec.slug,
      category: p.category,
      titleZh: p.titleZh,
      titleEn: p.titleEn,
      priceFen: p.priceFen,
      unit: p.unit,
      unique: p.unique ?? false,
    }));

const gaussian = (rng: Random) =>
  Math.sqrt(-2 * Math.log(Math.max(rng.next(), 1e-12))) * Math.cos(2 * Math.PI * rng.next());

const latinName = (zh: string) => {
  const [family = "", ...given] = pinyin(zh, { toneType: "none", type: "array" });
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return `${cap(family)} ${cap(given.join(""))}`.trim();
};

/** Everyday prices: whole yuan, ending in 8 from 20 yuan up (the nearest such, so no drift upwards). */
function everydayPrice(fen: number): number {
  const yuan = Math.max(6, Math.round(fen / 100));
  return (yuan < 20 ? yuan : Math.round((yuan - 8) / 10) * 10 + 8) * 100;
}

export function planScaleShops(seed: number, size: Size, grossFen: number): ScaleShops {
  const rng = deriveRandom(seed, "scale-shops");
  const templates = SHOPS.filter((s) => s.status === "ACTIVE");
  const byKind = (kind: Kind) => templates.filter((s) => kindOf(s) === kind);
  const averageOf = new Map(
    SHOPS.map((s) => [s.slug, averageParcel(deriveRandom(seed, `avg:${s.slug}`), sellable(s))] as const),
  );

  // The demo shops keep their relative sizes and take DEMO_SHARE of the year.
  const demoYuan = SHOPS.reduce((sum, s) => sum + s.salesYuan, 0);
  const demoScale = (grossFen * DEMO_SHARE) / 100 / demoYuan;
  const demo = SHOPS.map((s) => ({ ...s, salesYuan: Math.round(s.salesYuan * demoScale) }));
  const demoParcels = demo.reduce((sum, s) => sum + (s.salesYuan * 100) / (averageOf.get(s.slug) || 1), 0);

  // The generated shops share the rest, sizes spread like any marketplace's (a few big, many small),
  // at prices that make the parcels the year's order count needs.
  const count = size.shops - SHOPS.length;
  const drafts = Array.from({ length: count }, (_, i) => {
    const kind: Kind = isFarm(i) ? "farm" : "crafts";
    const template = rng.pick(byKind(kind));
    const status: ShopSpec["status"] = rng.chance(0.015)
      ? "SUSPENDED"
      : rng.chance(0.01)
        ? "PENDING"
        : "ACTIVE";
    return { i, kind, template, status, weight: status === "PENDING" ? 0 : Math.exp(1.1 * gaussian(rng)) };
  });
  const weightOf = (kind: Kind) =>
    drafts.filter((d) => d.kind === kind).reduce((sum, d) => sum + d.weight, 0) || 1;
  const budget = {
    farm: FARM_SALES_SHARE / weightOf("farm"),
    crafts: (1 - FARM_SALES_SHARE) / weightOf("crafts"),
  };
  const parcels = size.orders * (1 - CANCELLED_SHARE) * PARCELS_PER_ORDER - demoParcels;
  const generatedFen = grossFen * (1 - DEMO_SHARE);
  const parcelFen = generatedFen / Math.max(parcels, 1);

  const pictureSources: (PictureSource | null)[] = demo.flatMap((s) => s.products.map(() => null));
  const generated = drafts.map(({ i, kind, template, status, weight }): ShopSpec => {
    const ownerName = villagerName(rng);
    const ownerLatin = latinName(ownerName);
    const main = template.products[0]?.category ?? "turquoise";
    const [nameZh, nameEn] = rng.pick(NAMES[main]);
    const multiplier = (parcelFen / (averageOf.get(template.slug) || parcelFen)) * rng.float(0.75, 1.3);
    const products: ProductSpec[] = [];
    template.products.forEach((product, index) => {
      // Most new shops carry most of their model's range; the first product always.
      if (product.draft || (index > 0 && rng.chance(0.2))) return;
      pictureSources.push({ slug: template.slug, index });
      products.push({
        ...product,
        priceFen: everydayPrice(product.priceFen * multiplier),
        stock: undefined,
        pictures: 1,
      });
    });
    const number = String(i + 1).padStart(3, "0");
    return {
      slug: `${ownerLatin.toLowerCase().replace(/[^a-z]+/g, "-")}-${main}-${number}`,
      ownerEmail: `seller-${number}@xiaying.test`,
      ownerName,
      nameZh: `${ownerName}${nameZh}`,
      nameEn: `${ownerLatin}'s ${nameEn}`,
      storyZh: `${ownerName}一家在下营村开的小店，卖自家做的${nameZh}。`,
      storyEn: `${ownerLatin}'s family shop in Xiaying village, selling their own ${nameEn.toLowerCase()}.`,
      status,
      formerlyPoor: rng.chance(0.5),
      salesYuan: Math.round((generatedFen / 100) * weight * budget[kind]),
      couriers: rng.shuffle(template.couriers).slice(0, rng.int(1, template.couriers.length)),
      products,
    };
  });
  return { specs: [...demo, ...generated], pictureSources };
}
