// The year of orders at scale, one Beijing day at a time (a million orders do not fit in memory as
// objects): the demo's calendar, parcels, carts and rows, with a buyer picked in O(log n).
import type { Prisma } from "@/lib/generated/prisma/client";
import { DAY, type Day, dayFactor, daysUpTo, isSinglesDay } from "../calendar";
import type { PlannedShop } from "../catalog";
import { GUO_SHOP } from "../content/shops";
import type { DemoOrder } from "../demo-orders";
import { type DraftOrder, intoCarts, momentIn, ORDER_DAYS } from "../orders";
import { averageParcel, type Parcel, poisson, sampleParcel } from "../parcels";
import type { Buyer } from "../people";
import { deriveRandom, type Random } from "../random";
import { newRowsContext, type OrderRows, orderRows } from "../rows";
import { applyRefunds, type RefundContext } from "./refunds";
import { CANCELLED_SHARE } from "./shops";
import type { Size } from "./size";

export type DayRows = OrderRows & { day: Day; refunds: Prisma.RefundCreateManyInput[] };

// Shops suspended by the admin stopped selling this many days ago (as in the demo).
const SUSPENDED_FOR_DAYS = 45;

/** Loyal customers order again and again, most now and then: a long tail, picked by bisection. */
function buyerPicker(rng: Random, buyers: Buyer[]): () => Buyer {
  const order = rng.shuffle(buyers);
  const cumulative = new Float64Array(order.length);
  let total = 0;
  order.forEach((_, rank) => {
    total += 1 / Math.sqrt(rank + 3);
    cumulative[rank] = total;
  });
  return () => {
    const roll = rng.next() * total;
    let lo = 0;
    let hi = order.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < roll) lo = mid + 1;
      else hi = mid;
    }
    return order[lo] as Buyer;
  };
}

function shopFactor(shop: PlannedShop, day: Day): number {
  if (shop.products.length === 0) return 0;
  return shop.products.reduce((sum, p) => sum + dayFactor(day, p.category), 0) / shop.products.length;
}

type Input = {
  seed: number;
  size: Size;
  shops: PlannedShop[];
  buyers: Buyer[];
  demoDrafts: DemoOrder[];
  refunds: RefundContext;
  now: Date;
};

export function* scaleOrderDays({ seed, size, shops, buyers, demoDrafts, refunds, now }: Input) {
  const rng = deriveRandom(seed, "scale-orders");
  const days = daysUpTo(now, ORDER_DAYS);
  const singlesIndex = days.findIndex(isSinglesDay);
  const plans = shops.map((shop) => {
    if (shop.spec.salesYuan <= 0 || shop.products.length === 0) return null;
    const suspended = shop.spec.status === "SUSPENDED";
    const factors = days.map((day, i) =>
      suspended && i >= days.length - SUSPENDED_FOR_DAYS ? 0 : shopFactor(shop, day),
    );
    const total = factors.reduce((a, b) => a + b, 0);
    const average = averageParcel(deriveRandom(seed, `avg:${shop.spec.slug}`), shop.products);
    return { factors, total, yearly: (shop.spec.salesYuan * 100) / average };
  });
  const guoIndex = shops.findIndex((s) => s.spec.slug === GUO_SHOP);
  const pickBuyer = buyerPicker(rng, buyers);
  const context = newRowsContext();
  const demoByDay = new Map<string, DemoOrder[]>();
  for (const draft of demoDrafts) {
    const key = days.find((d) => d.start <= draft.at && draft.at.getTime() < d.start.getTime() + DAY)?.key;
    if (key) demoByDay.set(key, [...(demoByDay.get(key) ?? []), draft]);
  }
  let pending = 0;

  for (const [i, day] of days.entries()) {
    const parcels: Parcel[] = [];
    plans.forEach((plan, shopIndex) => {
      const shop = shops[shopIndex];
      if (!plan || !shop || (shopIndex === guoIndex && i === singlesIndex)) return;
      const count = poisson(rng, (plan.yearly * (plan.factors[i] ?? 0)) / plan.total);
      for (let k = 0; k < count; k++) parcels.push(sampleParcel(rng, shopIndex, shop.products));
    });
    const guo = shops[guoIndex];
    if (i === singlesIndex && guo) {
      // Guo Mingfeng's Double 11 night, from the news story, scaled with the village.
      for (let total = 0; total < size.guoSinglesNightFen; ) {
        const parcel = { ...sampleParcel(rng, guoIndex, guo.products), locked: true };
        parcels.push(parcel);
        total += parcel.subtotalFen;
      }
    }
    const drafts: DraftOrder[] = intoCarts(rng, parcels).map((cart) => {
      const locked = cart.some((p) => p.locked);
      const at = momentIn(rng, day, now, locked ? [19, 23] : undefined);
      // A few carts were called off; a handful from the last two days still wait for payment.
      let state: DraftOrder["state"] = "paid";
      if (!locked && at.getTime() > now.getTime() - 2 * DAY && pending < 5 && rng.chance(0.4)) {
        state = "pending";
        pending += 1;
      } else if (!locked && rng.chance(CANCELLED_SHARE)) state = "cancelled";
      return { buyer: pickBuyer(), at, parcels: cart, state, locked };
    });
    const rows = orderRows(rng, [...drafts, ...(demoByDay.get(day.key) ?? [])], shops, now, context);
    yield { ...rows, day, refunds: applyRefunds(rng, rows, refunds, now) } satisfies DayRows;
  }
}
