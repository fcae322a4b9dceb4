// `npx tsx scripts/bench/seed-products.ts N`: adds N varied products (bilingual titles built from the
// demo's vocabulary, search fields computed as every writer does) to the database at DATABASE_URL, in
// 200 bench shops, with one COPY-like INSERT ... SELECT unnest(...) per 5,000 rows. Prints the time.
import pg from "pg";
import { productSearchFields, shopSearchFields } from "../../lib/search/fields";
import { CATEGORIES, type CategorySlug } from "../../prisma/seed/content/catalog";
import { SHOPS } from "../../prisma/seed/content/shops";
import { createRandom } from "../../prisma/seed/random";

const SHOP_COUNT = 200;
const CHUNK = 5_000;
const SURNAMES: [string, string][] = [
  ["王", "Wang"],
  ["李", "Li"],
  ["张", "Zhang"],
  ["刘", "Liu"],
  ["陈", "Chen"],
  ["杨", "Yang"],
  ["黄", "Huang"],
  ["赵", "Zhao"],
  ["周", "Zhou"],
  ["郭", "Guo"],
];
const SHOP_WORDS: [string, string][] = [
  ["松石坊", "Turquoise Workshop"],
  ["茶园", "Tea Garden"],
  ["山货铺", "Mountain Goods"],
  ["土特产", "Farm Produce"],
  ["蜂场", "Bee Farm"],
];
const PREFIXES: [string, string][] = [
  ["", ""],
  ["精选", "Select"],
  ["特级", "Premium"],
  ["农家", "Farmhouse"],
  ["郧西", "Yunxi"],
  ["高山", "Mountain"],
  ["手工", "Handmade"],
  ["新货", "New season"],
  ["包邮", "Free shipping"],
];
const SUFFIXES: [string, string][] = [
  ["", ""],
  ["礼盒装", "gift box"],
  ["家庭装", "family pack"],
  ["送礼佳品", "a good gift"],
  ["限量", "limited"],
];

const arrayLiteral = (items: string[]) =>
  `{${items.map((item) => `"${item.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;

async function insert(client: pg.Client, table: string, columns: [string, string][], rows: unknown[][]) {
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const casts = columns.map(([, type], i) => `c${i}::${type}`).join(", ");
  const arrays = columns.map((_, i) => `$${i + 1}::text[]`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${casts} FROM unnest(${arrays}) AS u(${aliases})`;
  await client.query(
    sql,
    columns.map((_, i) => rows.map((row) => (row[i] === null ? null : String(row[i])))),
  );
}

/** Adds `count` products (and, the first time, the bench shops and categories); returns the milliseconds. */
export async function seedBenchProducts(url: string, count: number, log = console.log): Promise<number> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rng = createRandom(count);
    const run = `${Date.now().toString(36)}`;
    const village = await client.query<{ id: string }>(
      `INSERT INTO "Village" (id, slug, "nameZh", "nameEn", "countyZh", "countyEn") VALUES ($1, $1, '基准村', 'Bench village', '县', 'County')
       ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id`,
      ["bench-village"],
    );
    const villageId = village.rows[0]?.id ?? "bench-village";
    const categoryIds = new Map<CategorySlug, string>();
    for (const category of CATEGORIES) {
      const row = await client.query<{ id: string }>(
        `INSERT INTO "Category" (id, slug, kind, "nameZh", "nameEn", "sortOrder") VALUES ($1, $1, $2, $3, $4, $5)
         ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id`,
        [category.slug, category.kind, category.nameZh, category.nameEn, category.sortOrder],
      );
      categoryIds.set(category.slug, row.rows[0]?.id ?? category.slug);
    }

    const shops = Array.from({ length: SHOP_COUNT }, (_, i) => {
      const [surnameZh, surnameEn] = rng.pick(SURNAMES);
      const [wordZh, wordEn] = rng.pick(SHOP_WORDS);
      return {
        id: `bench-${run}-s${i}`,
        nameZh: `${surnameZh}家${wordZh}${i}`,
        nameEn: `${surnameEn} ${wordEn} ${i}`,
      };
    });
    await insert(
      client,
      "User",
      [
        ["id", "text"],
        ["email", "text"],
        ["passwordHash", "text"],
        ["name", "text"],
        ["role", '"Role"'],
      ],
      shops.map((shop) => [shop.id, `${shop.id}@bench.test`, "x", shop.nameEn, "SELLER"]),
    );
    await insert(
      client,
      "Shop",
      [
        ["id", "text"],
        ["villageId", "text"],
        ["ownerId", "text"],
        ["slug", "text"],
        ["nameZh", "text"],
        ["nameEn", "text"],
        ["storyZh", "text"],
        ["storyEn", "text"],
        ["status", '"ShopStatus"'],
        ["searchTokens", "text[]"],
        ["searchPinyin", "text"],
      ],
      shops.map((shop) => {
        const fields = shopSearchFields(shop);
        return [
          shop.id,
          villageId,
          shop.id,
          shop.id,
          shop.nameZh,
          shop.nameEn,
          "",
          "",
          "ACTIVE",
          arrayLiteral(fields.searchTokens),
          fields.searchPinyin,
        ];
      }),
    );

    const specs = SHOPS.flatMap((shop) => shop.products);
    const columns: [string, string][] = [
      ["id", "text"],
      ["shopId", "text"],
      ["categoryId", "text"],
      ["titleZh", "text"],
      ["titleEn", "text"],
      ["priceFen", "integer"],
      ["stock", "integer"],
      ["status", '"ProductStatus"'],
      ["soldCount", "integer"],
      ["searchTokens", "text[]"],
      ["searchPinyin", "text"],
      ["createdAt", "timestamp(3)"],
      ["updatedAt", "timestamp(3)"],
    ];
    // The search indexes are written directly (migration 20261201153000); for a bulk load, a pending
    // list merged once at the end is much faster.
    const GIN = ["Product_searchTokens_idx", "Product_searchPinyin_idx"];
    for (const index of GIN) await client.query(`ALTER INDEX "${index}" SET (fastupdate = on)`);
    let computeMs = 0;
    for (let start = 0; start < count; start += CHUNK) {
      const rows: unknown[][] = [];
      const computeStarted = Date.now();
      for (let i = start; i < Math.min(count, start + CHUNK); i++) {
        const spec = rng.pick(specs);
        const shop = rng.pick(shops);
        const [preZh, preEn] = rng.pick(PREFIXES);
        const [sufZh, sufEn] = rng.pick(SUFFIXES);
        const titleZh = [preZh + spec.titleZh, sufZh].filter(Boolean).join(" ");
        const titleEn = [preEn, spec.titleEn, sufEn].filter(Boolean).join(" ");
        const category = CATEGORIES.find((c) => c.slug === spec.category) ?? CATEGORIES[0];
        if (!category) throw new Error("no categories");
        const fields = productSearchFields({ titleZh, titleEn, category, shop });
        const createdAt = new Date(Date.now() - rng.int(0, 700) * 86_400_000).toISOString();
        rows.push([
          `bench-${run}-p${i}`,
          shop.id,
          categoryIds.get(spec.category),
          titleZh,
          titleEn,
          Math.max(100, Math.round(spec.priceFen * rng.float(0.7, 1.4))),
          rng.chance(0.1) ? 0 : rng.int(1, 200),
          rng.chance(0.03) ? "DRAFT" : "ACTIVE",
          // Few products sell a lot: the ranking has a long tail to sort.
          Math.floor(rng.next() ** 4 * 2_000),
          arrayLiteral(fields.searchTokens),
          fields.searchPinyin,
          createdAt,
          createdAt,
        ]);
      }
      computeMs += Date.now() - computeStarted;
      await insert(client, "Product", columns, rows);
    }
    for (const index of GIN) {
      await client.query(`SELECT gin_clean_pending_list('"${index}"'::regclass)`);
      await client.query(`ALTER INDEX "${index}" SET (fastupdate = off)`);
    }
    await client.query(`ANALYZE "Product"; ANALYZE "Shop"`);
    const ms = Date.now() - started;
    log(
      `Bench seed: ${count} products in ${SHOP_COUNT} shops in ${ms} ms (search fields computed in ${computeMs} ms)`,
    );
    return ms;
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100_000);
  const url = process.env.DATABASE_URL;
  if (!url || !Number.isSafeInteger(count) || count < 1) {
    console.error("usage: DATABASE_URL=... npx tsx scripts/bench/seed-products.ts N");
    process.exit(1);
  }
  seedBenchProducts(url, count).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
