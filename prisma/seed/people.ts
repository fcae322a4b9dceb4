// The village's households and everyone with an account: admin, demo buyers, sellers, other buyers.
import type { Prisma } from "@/lib/generated/prisma/client";
import { DAY } from "./calendar";
import { buyerName, mobilePhone, villagerName } from "./content/people";
import type { ShopSpec } from "./content/shops";
import type { Random } from "./random";

export const VILLAGE = {
  slug: "xiaying",
  nameZh: "下营村",
  nameEn: "Xiaying Village",
  countyZh: "湖北省十堰市郧西县",
  countyEn: "Yunxi County, Shiyan, Hubei",
};
export const HOUSEHOLDS = 339;
export const FORMERLY_POOR = 179;
export const OTHER_BUYERS = 150;
export const DEMO_BUYER = "buyer@xiaying.test";
export const DEMO_BUYER_2 = "buyer2@xiaying.test";
export const DEMO_ADMIN = "admin@xiaying.test";

// Jiang Chunli's household is headed by her husband and team partner, Huang Hai.
const HEADS: Record<string, string> = { "jiang.chunli@xiaying.test": "黄海" };

export type Buyer = { id: string; name: string; phone: string };

export type People = {
  households: Prisma.HouseholdCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  /** Seller user id by shop slug. */
  sellerOf: Map<string, string>;
  demoBuyer: Buyer;
  demoBuyer2: Buyer;
  buyers: Buyer[];
};

export function planPeople(
  rng: Random,
  villageId: string,
  shops: ShopSpec[],
  passwordHash: string,
  now: Date,
): People {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const poor = new Set(rng.shuffle(Array.from({ length: HOUSEHOLDS }, (_, i) => i)).slice(0, FORMERLY_POOR));
  const free = { poor: [...poor], other: [] as number[] };
  for (let i = 0; i < HOUSEHOLDS; i++) if (!poor.has(i)) free.other.push(i);
  free.poor = rng.shuffle(free.poor);
  free.other = rng.shuffle(free.other);

  const households = Array.from({ length: HOUSEHOLDS }, (_, i) => ({
    id: rng.id(),
    villageId,
    code: `XY-${String(i + 1).padStart(3, "0")}`,
    headName: villagerName(rng),
    formerlyPoor: poor.has(i),
    createdAt: ago(2400),
  })) satisfies Prisma.HouseholdCreateManyInput[];

  const users: Prisma.UserCreateManyInput[] = [];
  const user = (
    email: string,
    name: string,
    role: "BUYER" | "SELLER" | "ADMIN",
    days: number,
    extra = {},
  ) => {
    const row = {
      id: rng.id(),
      email,
      name,
      passwordHash,
      role,
      phone: mobilePhone(rng),
      createdAt: ago(days),
      ...extra,
    };
    users.push(row);
    return row;
  };

  user(DEMO_ADMIN, "下营村管理员", "ADMIN", 900, { villageId });
  const demo = user(DEMO_BUYER, "林晓", "BUYER", 420);
  const demo2 = user(DEMO_BUYER_2, "Emily Chen", "BUYER", 200);

  const sellerOf = new Map<string, string>();
  for (const shop of shops) {
    const pool = shop.formerlyPoor ? free.poor : free.other;
    const index = pool.pop();
    const household = index === undefined ? undefined : households[index];
    if (!household) throw new Error("ran out of households for sellers");
    household.headName = HEADS[shop.ownerEmail] ?? shop.ownerName;
    const seller = user(
      shop.ownerEmail,
      shop.ownerName,
      "SELLER",
      shop.status === "PENDING" ? 3 : rng.int(500, 1800),
      {
        householdId: household.id,
      },
    );
    sellerOf.set(shop.slug, seller.id);
  }

  const buyers: Buyer[] = [];
  for (let i = 1; i <= OTHER_BUYERS; i++) {
    const row = user(
      `buyer-${String(i).padStart(3, "0")}@example.test`,
      buyerName(rng),
      "BUYER",
      rng.int(370, 1100),
    );
    buyers.push({ id: row.id, name: row.name, phone: row.phone });
  }
  return {
    households,
    users,
    sellerOf,
    demoBuyer: { id: demo.id, name: demo.name, phone: demo.phone },
    demoBuyer2: { id: demo2.id, name: demo2.name, phone: demo2.phone },
    buyers,
  };
}
