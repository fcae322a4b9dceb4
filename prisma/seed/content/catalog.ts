// The village's categories and the shape of a product listing, in Chinese and English.
import type { ArtSpec } from "../art";

export type CategorySlug = "turquoise" | "tea" | "chicken" | "pork" | "mushrooms" | "honey";
export type Unit = "PIECE" | "JIN" | "BOX" | "KG" | "BOTTLE";

export const CATEGORIES: {
  slug: CategorySlug;
  kind: "CRAFTS" | "AGRICULTURE";
  nameZh: string;
  nameEn: string;
  sortOrder: number;
}[] = [
  { slug: "turquoise", kind: "CRAFTS", nameZh: "绿松石", nameEn: "Turquoise", sortOrder: 1 },
  { slug: "tea", kind: "AGRICULTURE", nameZh: "茶叶", nameEn: "Tea", sortOrder: 2 },
  { slug: "chicken", kind: "AGRICULTURE", nameZh: "土鸡", nameEn: "Free-range chicken", sortOrder: 3 },
  { slug: "pork", kind: "AGRICULTURE", nameZh: "土猪肉", nameEn: "Farm pork", sortOrder: 4 },
  { slug: "mushrooms", kind: "AGRICULTURE", nameZh: "香菇", nameEn: "Mushrooms", sortOrder: 5 },
  { slug: "honey", kind: "AGRICULTURE", nameZh: "蜂蜜", nameEn: "Honey", sortOrder: 6 },
];

export type ProductSpec = {
  category: CategorySlug;
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  priceFen: number;
  unit: Unit;
  art: ArtSpec;
  /** Pictures to draw: one, or a main view and a second one. */
  pictures: 1 | 2;
  /** One-of-a-kind pieces are stocked one or two at a time. */
  unique?: boolean;
  /** Overrides for the few products that show sold-out or draft states. */
  stock?: number;
  draft?: boolean;
};
