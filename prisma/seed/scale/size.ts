// How big the village is: the 2019 figures from the seeds' articles, and a fraction of them for
// quick runs and tests. Every count the scale seed makes is derived from one `Size`.
import { SHOPS } from "../content/shops";

/** Xiaying in 2019: more than 500 online shops run by 139 of its 339 households, 200 million yuan a year. */
export const VILLAGE_2019 = {
  shops: 500,
  sellingHouseholds: 139,
  orders: 1_300_000,
  netSalesYuan: 200_000_000,
  // Repeat customers: about four orders per buyer over the year.
  buyers: 300_000,
};

export type Size = {
  /** 1 is the village of 2019; 0.001 a thousandth of its orders, sales and buyers. */
  fraction: number;
  shops: number;
  sellingHouseholds: number;
  orders: number;
  netSalesFen: number;
  buyers: number;
  /** Guo Mingfeng's Double 11 night (50,000 yuan in the news story), scaled with the rest. */
  guoSinglesNightFen: number;
};

// The hand-written demo shops are always there (the demo accounts sign in to them); a few generated
// ones beside them even at the smallest fraction, so the proportions come from the same mix.
const MIN_GENERATED_SHOPS = 6;

export function sizeOf(fraction: number): Size {
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError("the fraction of 2019 must be in (0, 1]");
  const demoShops = SHOPS.length;
  const generated = Math.max(MIN_GENERATED_SHOPS, Math.round((VILLAGE_2019.shops - demoShops) * fraction));
  const demoHouseholds = SHOPS.length;
  return {
    fraction,
    shops: demoShops + generated,
    sellingHouseholds: Math.min(
      demoShops + generated,
      demoHouseholds + Math.round((VILLAGE_2019.sellingHouseholds - demoHouseholds) * fraction),
    ),
    orders: Math.round(VILLAGE_2019.orders * fraction),
    netSalesFen: Math.round(VILLAGE_2019.netSalesYuan * 100 * fraction),
    buyers: Math.round(VILLAGE_2019.buyers * fraction),
    guoSinglesNightFen: Math.round(5_000_000 * fraction),
  };
}

/**
 * `--scale=2019` (or SEED_SCALE=2019) is the whole village of 2019; `2019/1000` a thousandth of it.
 * Returns null when no scale was asked for: the small demo.
 */
export function parseScale(argv: string[], env: NodeJS.ProcessEnv): Size | null {
  const flag = argv.find((arg) => arg.startsWith("--scale="))?.slice("--scale=".length);
  const value = flag ?? env.SEED_SCALE;
  if (!value || value === "demo") return null;
  const match = /^2019(?:\/(\d+))?$/.exec(value.trim());
  if (!match) throw new Error(`unknown scale "${value}": use 2019, or 2019/N for a 1/N of it`);
  return sizeOf(1 / Number(match[1] ?? 1));
}
