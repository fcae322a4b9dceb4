// One picture per category, in the products' style: the storefront tiles and the seller's category
// picker (for sellers who cannot read) show these, so each must be recognisable at a glance.
import type { CategorySlug } from "../content/catalog";
import type { ArtSpec } from ".";
import { productSvg } from ".";

const PICTURES: Record<CategorySlug, { art: ArtSpec; seed: number }> = {
  turquoise: { art: { kind: "bracelet", colour: 0, veins: 0.9, beads: 16 }, seed: 12 },
  tea: { art: { kind: "tea", tea: "green" }, seed: 7 },
  chicken: { art: { kind: "chicken", plumage: "red" }, seed: 3 },
  pork: { art: { kind: "pork", pork: "cured" }, seed: 5 },
  mushrooms: { art: { kind: "mushrooms", woodEar: false }, seed: 2 },
  honey: { art: { kind: "honey", shade: "wildflower", bottle: false }, seed: 4 },
};

export function categorySvg(slug: CategorySlug): string {
  const { art, seed } = PICTURES[slug];
  return productSvg(art, seed, 0);
}
