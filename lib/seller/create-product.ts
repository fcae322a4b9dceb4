import "server-only";
import { type ActionResult, fail } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { tagsForProductSave } from "@/lib/catalog/cache-tags";
import { expireCatalog } from "@/lib/catalog/invalidate";
import { db } from "@/lib/db/client";
import { refreshSearch } from "@/lib/search/refresh";
import { productColumns, validateProductInput } from "./product-input";

/**
 * A seller adds a product to their own shop, with its photos and perhaps a voice description. A pending shop may prepare products:
 * buyers only see products of active shops, so they stay hidden until the village approves the shop.
 */
export async function createSellerProduct(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<{ productId: string }>> {
  const guard = await loadActor(userId, ["SELLER"]);
  if (!guard.ok) return guard;
  const shop = await db.shop.findUnique({ where: { ownerId: guard.actor.id }, select: { id: true } });
  if (!shop) return fail("no_shop");

  const valid = await validateProductInput(input);
  if (!valid.ok) return valid;
  const { fields, photos, voice } = valid.value;

  const product = await db.$transaction(async (tx) => {
    const created = await tx.product.create({
      data: {
        shopId: shop.id,
        ...productColumns(fields),
        images: { create: photos.map((photo, sortOrder) => ({ ...photo, sortOrder })) },
        // Nested in the same insert: the product and its voice note are written together or not at all.
        ...(voice.kind === "set"
          ? {
              voiceNote: {
                create: { data: voice.data, mimeType: voice.mimeType, durationMs: voice.durationMs },
              },
            }
          : {}),
      },
      select: { id: true, categoryId: true },
    });
    await refreshSearch(tx, { productIds: [created.id] });
    return created;
  });
  await expireCatalog(
    tagsForProductSave({ id: product.id, shopId: shop.id, categoryIds: [product.categoryId] }),
  );
  return { ok: true, data: { productId: product.id } };
}
