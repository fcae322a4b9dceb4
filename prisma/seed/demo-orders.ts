// Orders the demo accounts and the seller journeys rely on, written out by hand.
import type { CourierCode } from "@/lib/couriers";
import { beijingDay, DAY, daysUpTo, hours, isSinglesDay } from "./calendar";
import type { PlannedShop } from "./catalog";
import { GUO_SHOP, WANG_SHOP } from "./content/shops";
import type { DraftOrder } from "./orders";
import { momentIn, ORDER_DAYS } from "./orders";
import { type Line, parcelOf } from "./parcels";
import type { Buyer } from "./people";
import type { Random } from "./random";

/** A parcel whose outcome is fixed rather than drawn: still waiting, or shipped by a given courier. */
export type FixedParcel = { status: "PAID" } | { status: "SHIPPED"; courier: CourierCode; shippedAt: Date };
export type DemoOrder = DraftOrder & { fixed?: Map<number, FixedParcel> };

type Pick = { slug: string; title: string; quantity: number };

export function demoOrders(
  rng: Random,
  shops: PlannedShop[],
  demo: Buyer,
  demo2: Buyer,
  buyers: Buyer[],
  now: Date,
): DemoOrder[] {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const parcel = (slug: string, picks: Omit<Pick, "slug">[]) => {
    const shopIndex = shops.findIndex((s) => s.spec.slug === slug);
    const shop = shops[shopIndex];
    if (!shop) throw new Error(`no shop ${slug}`);
    const lines: Line[] = picks.map(({ title, quantity }) => {
      const product = shop.products.find((p) => p.titleEn.startsWith(title));
      if (!product) throw new Error(`no product "${title}" in ${slug}`);
      return { product, quantity };
    });
    return parcelOf(shopIndex, lines);
  };
  const indexOf = (slug: string) => shops.findIndex((s) => s.spec.slug === slug);
  const singles = daysUpTo(now, ORDER_DAYS).find(isSinglesDay);
  const festivalNight =
    singles && singles.start.getTime() + DAY < now.getTime() ? singles : beijingDay(ago(12 * DAY));

  const orders: DemoOrder[] = [
    // Yesterday's two-shop cart: Guo's bracelet is on its way with SF Express, Wang's tea still waits.
    {
      buyer: demo,
      at: ago(hours(30)),
      state: "paid",
      locked: true,
      parcels: [
        parcel(GUO_SHOP, [{ title: "High-porcelain blue turquoise bracelet, 10 mm", quantity: 1 }]),
        parcel(WANG_SHOP, [{ title: "Yunxi mountain green tea, pre-Qingming", quantity: 2 }]),
      ],
      fixed: new Map<number, FixedParcel>([
        [indexOf(GUO_SHOP), { status: "SHIPPED", courier: "SF", shippedAt: ago(hours(6)) }],
        [indexOf(WANG_SHOP), { status: "PAID" }],
      ]),
    },
    {
      buyer: demo,
      at: ago(20 * DAY + hours(3)),
      state: "paid",
      locked: true,
      parcels: [parcel("feng-wild-honey", [{ title: "Wild Chinese-bee honey", quantity: 2 }])],
    },
    {
      buyer: demo,
      at: momentIn(rng, festivalNight, now, [20, 23]),
      state: "paid",
      locked: true,
      parcels: [
        parcel("chunli-haige-live", [{ title: "High-porcelain blue turquoise bead necklace", quantity: 1 }]),
        parcel("xiuying-cloud-tea", [{ title: "Silver Needle white tea", quantity: 1 }]),
      ],
    },
    {
      buyer: demo,
      at: ago(95 * DAY + hours(5)),
      state: "paid",
      locked: true,
      parcels: [
        parcel("xiaying-cured-pork", [
          { title: "New Year cured pork gift box", quantity: 1 },
          { title: "Farmhouse wood-smoked cured pork belly", quantity: 3 },
        ]),
      ],
    },
    {
      buyer: demo2,
      at: ago(40 * DAY + hours(2)),
      state: "paid",
      locked: true,
      parcels: [
        parcel("zhou-family-beads", [{ title: "Pale sky blue turquoise bracelet, 8 mm", quantity: 1 }]),
      ],
    },
  ];

  // Fresh orders Guo and Wang have not shipped yet, so each seller has parcels to send today.
  const waiting: [string, string][] = [
    [GUO_SHOP, "Spiderweb matrix turquoise bracelet"],
    [GUO_SHOP, "Natural green turquoise bracelet"],
    [GUO_SHOP, "Pale sky blue turquoise bracelet"],
    [WANG_SHOP, "Yunxi mountain green tea, first grade"],
    [WANG_SHOP, "Yunxi Gongfu black tea"],
    [WANG_SHOP, "Mountain white tea cake"],
  ];
  waiting.forEach(([slug, title], i) => {
    orders.push({
      buyer: rng.pick(buyers),
      at: ago(hours(2 + i * 2.5) + rng.int(0, 3_000_000)),
      state: "paid",
      locked: true,
      parcels: [parcel(slug, [{ title, quantity: 1 }])],
      fixed: new Map([[indexOf(slug), { status: "PAID" }]]),
    });
  });
  return orders;
}
