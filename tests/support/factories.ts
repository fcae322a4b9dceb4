// Test data builders: each call makes its own rows with unique keys, so test files never collide.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { CategoryKind, ProductStatus, Role, ShopStatus } from "@/lib/generated/prisma/client";
import { refreshSearch } from "@/lib/search/refresh";

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;
export const TEST_PASSWORD = "correct horse battery";
let passwordHash: string | undefined;

export async function createVillage() {
  return db.village.create({
    data: {
      slug: unique("village"),
      nameZh: "下营村",
      nameEn: "Xiaying",
      countyZh: "郧西县",
      countyEn: "Yunxi",
    },
  });
}

export async function createHousehold(villageId: string, formerlyPoor = false) {
  return db.household.create({
    data: { villageId, code: unique("H"), headName: "户主", formerlyPoor },
  });
}

export async function createUser(role: Role, extra: { villageId?: string; householdId?: string } = {}) {
  passwordHash ??= await hashPassword(TEST_PASSWORD);
  return db.user.create({
    data: {
      email: `${unique(role.toLowerCase())}@example.test`,
      name: unique("name"),
      passwordHash,
      role,
      ...extra,
    },
  });
}

export async function createCategory(kind: CategoryKind = "CRAFTS") {
  const slug = unique(kind.toLowerCase());
  return db.category.create({ data: { slug, kind, nameZh: slug, nameEn: slug } });
}

/** A seller in their own household with a shop in `villageId` (a new village when omitted). */
export async function createShop(options: { villageId?: string; status?: ShopStatus } = {}) {
  const villageId = options.villageId ?? (await createVillage()).id;
  const household = await createHousehold(villageId);
  const owner = await createUser("SELLER", { householdId: household.id });
  const slug = unique("shop");
  const shop = await db.shop.create({
    data: {
      villageId,
      ownerId: owner.id,
      slug,
      nameZh: slug,
      nameEn: slug,
      storyZh: "故事",
      storyEn: "Story",
      status: options.status ?? "ACTIVE",
    },
  });
  // As every writer of a shop does (lib/search/refresh.ts).
  await refreshSearch(db, { shopIds: [shop.id] });
  return { shop, owner, household, villageId };
}

export async function createProduct(
  shopId: string,
  options: { categoryId?: string; priceFen?: number; stock?: number; status?: ProductStatus } = {},
) {
  const categoryId = options.categoryId ?? (await createCategory()).id;
  const title = unique("product");
  const product = await db.product.create({
    data: {
      shopId,
      categoryId,
      titleZh: title,
      titleEn: title,
      priceFen: options.priceFen ?? 10_000,
      stock: options.stock ?? 10,
      status: options.status ?? "ACTIVE",
    },
  });
  await refreshSearch(db, { productIds: [product.id] });
  return product;
}
