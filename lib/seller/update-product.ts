import "server-only";
import { type ActionResult, type FailedResult, fail } from "@/lib/actions/result";
import { loadActor, refuseNotOwned } from "@/lib/auth/guard";
import { tagsForProductSave } from "@/lib/catalog/cache-tags";
import { expireCatalog } from "@/lib/catalog/invalidate";
import { db } from "@/lib/db/client";
import { MAX_PHOTOS_PER_PRODUCT } from "@/lib/images/limits";
import { refreshSearch } from "@/lib/search/refresh";
import { productColumns, validateProductInput } from "./product-input";
import { productIdSchema } from "./product-schema";
import { applyVoiceNote } from "./voice-note";

class Refused extends Error {
  constructor(readonly result: FailedResult) {
    super(result.error);
  }
}

/**
 * A seller changes one of their own products: fields, photos removed, photos added, the voice note
 * recorded anew or removed. Another shop's
 * product (or one that does not exist) is `not_found`, and nothing is written.
 */
export async function updateSellerProduct(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<{ productId: string }>> {
  const guard = await loadActor(userId, ["SELLER"]);
  if (!guard.ok) return guard;
  const ownerId = guard.actor.id;
  const id = productIdSchema.safeParse((input as { productId?: unknown } | null)?.productId);
  if (!id.success) return fail("not_found");
  const productId = id.data;

  const current = await db.product.findFirst({
    where: { id: productId, shop: { ownerId } },
    select: { shopId: true, categoryId: true, images: { select: { id: true } } },
  });
  if (!current) {
    return refuseNotOwned(guard.actor, "product.update", () =>
      db.product.findUnique({ where: { id: productId }, select: { id: true } }),
    );
  }

  const valid = await validateProductInput(
    input,
    current.images.map((image) => image.id),
  );
  if (!valid.ok) return valid;
  const { fields, photos, removeImageIds, voice } = valid.value;

  try {
    await db.$transaction(async (tx) => {
      // The owner is in the where, and the row lock it takes orders concurrent edits of this product.
      const updated = await tx.product.updateMany({
        where: { id: productId, shop: { ownerId } },
        data: productColumns(fields),
      });
      if (updated.count !== 1) throw new Refused(fail("not_found"));
      await tx.productImage.deleteMany({ where: { productId, id: { in: removeImageIds } } });
      const kept = await tx.productImage.aggregate({
        where: { productId },
        _count: { _all: true },
        _max: { sortOrder: true },
      });
      // Counted again under the lock: another edit may have added photos since validation.
      const total = kept._count._all + photos.length;
      if (total === 0) throw new Refused(fail("invalid_input", { photos: ["photos_required"] }));
      if (total > MAX_PHOTOS_PER_PRODUCT)
        throw new Refused(fail("invalid_input", { photos: ["photos_too_many"] }));
      const next = (kept._max.sortOrder ?? -1) + 1;
      await tx.productImage.createMany({
        data: photos.map((photo, index) => ({ ...photo, productId, sortOrder: next + index })),
      });
      await applyVoiceNote(tx, productId, voice);
      await refreshSearch(tx, { productIds: [productId] });
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
  const categoryIds = [current.categoryId, fields.categoryId];
  await expireCatalog(tagsForProductSave({ id: productId, shopId: current.shopId, categoryIds }));
  return { ok: true, data: { productId } };
}
