// Everyone at the 2019 size: the demo's people, a seller for every generated shop (several shops to a
// household, as in Xiaying, where 139 households ran 500 shops) and a few hundred thousand buyers.
import type { Prisma } from "@/lib/generated/prisma/client";
import { DAY } from "../calendar";
import { buyerName, mobilePhone } from "../content/people";
import { SHOPS, type ShopSpec } from "../content/shops";
import { type People, planPeople } from "../people";
import { deriveRandom } from "../random";
import type { Size } from "./size";

export function planScalePeople(
  seed: number,
  size: Size,
  villageId: string,
  specs: ShopSpec[],
  passwordHash: string,
  now: Date,
): People {
  const people = planPeople(deriveRandom(seed, "people"), villageId, SHOPS, passwordHash, now);
  const rng = deriveRandom(seed, "scale-people");
  const ago = (days: number) => new Date(now.getTime() - days * DAY);

  const selling = new Set(people.users.flatMap((u) => (u.householdId ? [u.householdId] : [])));
  const free = rng.shuffle(people.households.filter((h) => !selling.has(h.id as string)));
  const sellingHouseholds = [...people.households.filter((h) => selling.has(h.id as string))];
  const generated = specs.slice(SHOPS.length);
  generated.forEach((spec, i) => {
    // New households start selling until the village's count is reached; then members of households
    // that already sell open shops of their own.
    let household: Prisma.HouseholdCreateManyInput | undefined;
    if (sellingHouseholds.length < size.sellingHouseholds) {
      const index = free.findIndex((h) => h.formerlyPoor === spec.formerlyPoor);
      [household] = free.splice(index >= 0 ? index : 0, 1);
      if (household) sellingHouseholds.push(household);
    }
    household ??= rng.pick(sellingHouseholds);
    const row = {
      id: rng.id(),
      email: spec.ownerEmail,
      name: spec.ownerName,
      passwordHash,
      role: "SELLER" as const,
      phone: mobilePhone(rng),
      householdId: household.id as string,
      createdAt: ago(spec.status === "PENDING" ? 3 : rng.int(450, 2000) - (i % 7)),
    };
    people.users.push(row);
    people.sellerOf.set(spec.slug, row.id);
  });

  for (let i = 1; i <= size.buyers; i++) {
    const row = {
      id: rng.id(),
      email: `shopper-${String(i).padStart(6, "0")}@example.test`,
      name: buyerName(rng),
      passwordHash,
      role: "BUYER" as const,
      phone: mobilePhone(rng),
      createdAt: ago(rng.int(370, 2000)),
    };
    people.users.push(row);
    people.buyers.push({ id: row.id, name: row.name, phone: row.phone });
  }
  return people;
}
