import "server-only";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { hashPassword } from "@/lib/auth/password";
import { db, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { refreshSearch } from "@/lib/search/refresh";
import { recordShopStatus } from "@/lib/shops/status-history";
import { type SellerSignUp, sellerSignUpSchema } from "./schemas";
import { freeShopSlug } from "./slug";
import { ALREADY_REGISTERED } from "./unique";

// All null: the email had an account already and nothing was written (the caller says the same as
// for a new one).
type Created = { userId: string; shopId: string; slug: string } | { userId: null; shopId: null; slug: null };

const UNKNOWN_HOUSEHOLD = fail("invalid_input", { householdCode: ["household_unknown"] });

/** The household with this code ("XY-012", any letter case); refused when no village or two villages have it. */
async function findHousehold(tx: Tx, code: string) {
  const matches = await tx.household.findMany({
    where: { code: { equals: code, mode: "insensitive" } },
    select: { id: true, villageId: true },
    take: 2,
  });
  return matches.length === 1 ? matches[0] : undefined;
}

async function createSellerAndShop(tx: Tx, input: SellerSignUp, passwordHash: string) {
  // The household first: its answer must not depend on whether the email is registered.
  const household = await findHousehold(tx, input.householdCode);
  if (!household) return UNKNOWN_HOUSEHOLD;
  if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
    return ALREADY_REGISTERED;
  const user = await tx.user.create({
    data: {
      name: input.name,
      email: input.email,
      phone: input.phone,
      passwordHash,
      role: "SELLER",
      householdId: household.id,
    },
  });
  const slug = await freeShopSlug(tx, input.shopNameEn, input.shopNameZh);
  // The seller writes the story in one language; storyEn stays empty so English readers see it too.
  const shop = await tx.shop.create({
    data: {
      villageId: household.villageId,
      ownerId: user.id,
      slug,
      nameZh: input.shopNameZh,
      nameEn: input.shopNameEn,
      storyZh: input.story,
      storyEn: "",
      status: "PENDING",
    },
  });
  await recordShopStatus(tx, {
    shopId: shop.id,
    from: null,
    to: "PENDING",
    byUserId: user.id,
    at: shop.createdAt,
  });
  await refreshSearch(tx, { shopIds: [shop.id] });
  return { ok: true as const, data: { userId: user.id, shopId: shop.id, slug } };
}

/**
 * A villager opens a seller account and a shop in one step: the user (linked to their household) and
 * the PENDING shop are written together or not at all. An admin approves the shop before it sells.
 */
export async function signUpSeller(input: unknown): Promise<ActionResult<Created>> {
  const parsed = sellerSignUpSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const passwordHash = await hashPassword(parsed.data.password);
  try {
    return await db.$transaction((tx) => createSellerAndShop(tx, parsed.data, passwordHash));
  } catch (error) {
    if (isUniqueViolation(error, "email")) return ALREADY_REGISTERED;
    if (isUniqueViolation(error, "slug")) return fail("try_again");
    throw error;
  }
}
