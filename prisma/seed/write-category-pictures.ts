// Regenerates public/categories/<slug>.svg: `npx tsx prisma/seed/write-category-pictures.ts`.
import { mkdirSync, writeFileSync } from "node:fs";
import { categorySvg } from "./art/categories";
import { CATEGORIES } from "./content/catalog";

mkdirSync("public/categories", { recursive: true });
for (const { slug } of CATEGORIES) {
  const svg = categorySvg(slug);
  writeFileSync(`public/categories/${slug}.svg`, `${svg}\n`);
  console.log(`public/categories/${slug}.svg ${(svg.length / 1024).toFixed(1)} KB`);
}
