// The kinds of thing inside a category that buyers ask for by name: "turquoise bracelets" is two
// taps from home (the category tile, then this chip). A type matches words in either title.
export type CategoryType = { key: string; nameZh: string; nameEn: string; words: string[] };

const typesBySlug: Record<string, CategoryType[]> = {
  turquoise: [
    { key: "bracelet", nameZh: "手串", nameEn: "Bracelets", words: ["手串", "手链", "bracelet"] },
    { key: "necklace", nameZh: "项链", nameEn: "Necklaces", words: ["项链", "necklace"] },
    { key: "pendant", nameZh: "吊坠", nameEn: "Pendants", words: ["吊坠", "pendant"] },
    { key: "ring", nameZh: "戒指", nameEn: "Rings", words: ["戒指", "ring,", " ring"] },
    { key: "carving", nameZh: "摆件", nameEn: "Carvings", words: ["摆件", "雕件", "carving"] },
    { key: "raw", nameZh: "原石", nameEn: "Raw stones", words: ["原石", "raw turquoise"] },
  ],
};

export function typesOfCategory(slug: string): CategoryType[] {
  return typesBySlug[slug] ?? [];
}

/** The type named in the URL, if this category has it; anything else means "all". */
export function findCategoryType(slug: string, key: string | undefined): CategoryType | undefined {
  return typesOfCategory(slug).find((type) => type.key === key);
}

/** Every category's types, for building their list pages ahead. */
export function categoryTypes(): { categorySlug: string; type: CategoryType }[] {
  return Object.entries(typesBySlug).flatMap(([categorySlug, types]) =>
    types.map((type) => ({ categorySlug, type })),
  );
}
