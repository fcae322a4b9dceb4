// The storefront routes that `npm run bench` loads and `npm run lighthouse` audits: adjust them here.
// `{product}` and `{shop}` are filled from the database at start; the prefix (`--prefix=`, default
// `/zh-CN`) goes in front of every storefront path, never in front of the reference.
import pg from "pg";

export type Target = { minRatio: number; maxP95Ms: number };
export type RouteSpec = { name: string; path: string; lighthouse: boolean; target?: Target };

/** Issue 7's targets: pages at ≥ 0.8× of the prerendered reference, search at ≥ 0.25×, p95 ≤ 50 ms. */
const PAGE: Target = { minRatio: 0.8, maxP95Ms: 50 };
const SEARCH: Target = { minRatio: 0.25, maxP95Ms: 50 };

/** A prerendered route of the same server (a metadata route, not a file from `public/`). */
export const REFERENCE = { name: "reference", path: "/icon.svg" };

export const ROUTES: RouteSpec[] = [
  { name: "home", path: "/", lighthouse: true, target: PAGE },
  { name: "category", path: "/c/turquoise", lighthouse: true, target: PAGE },
  { name: "product", path: "/p/{product}", lighthouse: true, target: PAGE },
  { name: "shop", path: "/s/{shop}", lighthouse: true, target: PAGE },
  { name: "search", path: `/search?q=${encodeURIComponent("茶")}`, lighthouse: false, target: SEARCH },
  // A pinyin query (initials of 绿松石) with a sort: another key, another path through the engine.
  { name: "search-py", path: "/search?q=lss&sort=price_asc", lighthouse: false, target: SEARCH },
  { name: "cart", path: "/cart", lighthouse: true },
];

export const DEFAULT_PREFIX = "/zh-CN";

/** The oldest listed product of an active shop: present in every seed, the same across runs of one. */
async function sampleIds(databaseUrl: string): Promise<{ product: string; shop: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ product: string; shop: string }>(
      `SELECT p.id AS product, s.slug AS shop FROM "Product" p JOIN "Shop" s ON s.id = p."shopId"
       WHERE p.status = 'ACTIVE' AND s.status = 'ACTIVE' AND p.stock > 0
       ORDER BY p."createdAt", p.id LIMIT 1`,
    );
    if (!rows[0]) throw new Error("No active product in an active shop: is the database seeded?");
    return rows[0];
  } finally {
    await client.end();
  }
}

/** `/zh-CN` + `/` is `/zh-CN` (no trailing slash, which would redirect), as storePath writes it. */
export function withPrefix(prefix: string, path: string): string {
  if (!prefix) return path;
  return path === "/" ? prefix : `${prefix}${path}`;
}

export async function resolveRoutes(databaseUrl: string, prefix: string): Promise<RouteSpec[]> {
  const ids = await sampleIds(databaseUrl);
  return ROUTES.map((route) => ({
    ...route,
    path: withPrefix(
      prefix,
      route.path.replace("{product}", ids.product).replace("{shop}", encodeURIComponent(ids.shop)),
    ),
  }));
}
