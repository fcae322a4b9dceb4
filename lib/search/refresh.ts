// Writes the search fields (./fields) of products and shops from what the database holds now. Every
// writer of a title, category or shop name calls refreshSearch in its own transaction;
// the migration's trigger marks anything changed behind its back, and backfillSearch (npm start, the
// minutely sweep) fills whatever is marked. It takes the client so the seed and scripts can use it.
import { Prisma } from "@/lib/generated/prisma/client";
import { productSearchFields, type SearchFields, shopSearchFields } from "./fields";

export type SqlClient = {
  $queryRaw: <T>(query: Prisma.Sql) => Prisma.PrismaPromise<T>;
  $executeRaw: (query: Prisma.Sql) => Prisma.PrismaPromise<number>;
};

type ProductRow = {
  id: string;
  version: string;
  titleZh: string;
  titleEn: string;
  categoryZh: string;
  categoryEn: string;
  shopZh: string;
  shopEn: string;
};
type ShopRow = { id: string; version: string; nameZh: string; nameEn: string };
type Computed = SearchFields & { id: string; version: string };

const BATCH = 2_000;

/**
 * One UPDATE for many rows. With `onlyIfUnchanged` a row is skipped when it was written after it was
 * read (its xmin moved): the sweep must not overwrite a writer's fresher fields.
 */
async function write(
  client: SqlClient,
  table: "Product" | "Shop",
  rows: Computed[],
  onlyIfUnchanged: boolean,
) {
  if (rows.length === 0) return 0;
  const values = JSON.stringify(
    rows.map((row) => ({
      id: row.id,
      version: row.version,
      tokens: row.searchTokens,
      pinyin: row.searchPinyin,
    })),
  );
  const guard = onlyIfUnchanged ? Prisma.sql`AND t.xmin::text = v.version` : Prisma.empty;
  return client.$executeRaw(Prisma.sql`
    UPDATE ${Prisma.raw(`"${table}"`)} AS t SET "searchTokens" = v.tokens, "searchPinyin" = v.pinyin
    FROM jsonb_to_recordset(${values}::jsonb) AS v(id text, version text, tokens text[], pinyin text)
    WHERE t."id" = v.id ${guard}`);
}

async function refreshProducts(client: SqlClient, where: Prisma.Sql, onlyIfUnchanged: boolean) {
  const rows = await client.$queryRaw<ProductRow[]>(Prisma.sql`
    SELECT p."id", p.xmin::text AS version, p."titleZh", p."titleEn",
      c."nameZh" AS "categoryZh", c."nameEn" AS "categoryEn", s."nameZh" AS "shopZh", s."nameEn" AS "shopEn"
    FROM "Product" p JOIN "Category" c ON c."id" = p."categoryId" JOIN "Shop" s ON s."id" = p."shopId"
    WHERE ${where}`);
  const computed = rows.map((row) => ({
    id: row.id,
    version: row.version,
    ...productSearchFields({
      ...row,
      category: { nameZh: row.categoryZh, nameEn: row.categoryEn },
      shop: { nameZh: row.shopZh, nameEn: row.shopEn },
    }),
  }));
  return { read: rows.length, written: await write(client, "Product", computed, onlyIfUnchanged) };
}

async function refreshShops(client: SqlClient, where: Prisma.Sql, onlyIfUnchanged: boolean) {
  const rows = await client.$queryRaw<ShopRow[]>(Prisma.sql`
    SELECT s."id", s.xmin::text AS version, s."nameZh", s."nameEn" FROM "Shop" s WHERE ${where}`);
  const computed = rows.map((row) => ({ id: row.id, version: row.version, ...shopSearchFields(row) }));
  return { read: rows.length, written: await write(client, "Shop", computed, onlyIfUnchanged) };
}

/** Recomputes these products, and these shops with all their products (their names are in them). */
export async function refreshSearch(
  client: SqlClient,
  target: { productIds?: string[]; shopIds?: string[] },
): Promise<void> {
  const { productIds = [], shopIds = [] } = target;
  if (shopIds.length > 0) {
    await refreshShops(client, Prisma.sql`s."id" = ANY(${shopIds}::text[])`, false);
    await refreshProducts(client, Prisma.sql`p."shopId" = ANY(${shopIds}::text[])`, false);
  }
  if (productIds.length > 0)
    await refreshProducts(client, Prisma.sql`p."id" = ANY(${productIds}::text[])`, false);
}

/** Fills every row whose fields are missing or marked stale, in batches; returns how many it wrote. */
export async function backfillSearch(client: SqlClient): Promise<{ shops: number; products: number }> {
  const stale = (column: string) => Prisma.sql`${Prisma.raw(column)} IS NULL ORDER BY 1 LIMIT ${BATCH}`;
  let shops = 0;
  let products = 0;
  // A batch ends the loop when it was short, or when every row in it changed under us (next sweep).
  for (;;) {
    const { read, written } = await refreshShops(client, stale(`s."searchPinyin"`), true);
    shops += written;
    if (read < BATCH || written === 0) break;
  }
  for (;;) {
    const { read, written } = await refreshProducts(client, stale(`p."searchPinyin"`), true);
    products += written;
    if (read < BATCH || written === 0) break;
  }
  return { shops, products };
}
