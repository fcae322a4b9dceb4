import "server-only";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { db } from "@/lib/db/client";

/** The public picture of a category, when its file has been drawn; the tile shows only the name until then. */
function categoryPicture(slug: string): string | null {
  if (!/^[a-z0-9-]+$/.test(slug)) return null;
  return existsSync(join(process.cwd(), "public", "categories", `${slug}.svg`))
    ? `/categories/${slug}.svg`
    : null;
}

/** Every category, in the village's order, for the picture picker on the product form. */
export async function listCategoryChoices() {
  const categories = await db.category.findMany({
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, nameZh: true, nameEn: true },
  });
  return categories.map((category) => ({ ...category, picture: categoryPicture(category.slug) }));
}

export type CategoryChoice = Awaited<ReturnType<typeof listCategoryChoices>>[number];
