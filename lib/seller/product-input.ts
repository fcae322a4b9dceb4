import "server-only";
import { type FailedResult, fail, invalid } from "@/lib/actions/result";
import { db } from "@/lib/db/client";
import { MAX_PHOTOS_PER_PRODUCT } from "@/lib/images/limits";
import { processPhotos, type StoredPhoto } from "@/lib/images/process";
import { type ProductFields, photoInputSchema, productFieldsSchema } from "./product-schema";
import { type VoiceNoteChange, validateVoiceNote } from "./voice-note";

export type ValidProductInput = {
  fields: ProductFields;
  photos: StoredPhoto[];
  removeImageIds: string[];
  voice: VoiceNoteChange;
};

/**
 * Checks everything a seller sent for one product and reports every problem at once, so a seller who
 * reads by icon sees all the marked fields together. Photos count with those the product keeps
 * (`keptPhotoIds`: what it has now); only ids from that list can be removed.
 */
export async function validateProductInput(
  input: unknown,
  keptPhotoIds: string[] = [],
): Promise<{ ok: true; value: ValidProductInput } | FailedResult> {
  const fields = productFieldsSchema.safeParse(input);
  const fieldErrors: Record<string, string[]> = fields.success
    ? {}
    : { ...invalid(fields.error).fieldErrors };
  if (
    fields.success &&
    !(await db.category.findUnique({ where: { id: fields.data.categoryId }, select: { id: true } }))
  ) {
    fieldErrors.categoryId = ["category_unknown"];
  }

  const photoInput = photoInputSchema.safeParse(input);
  let photos: StoredPhoto[] = [];
  let removeImageIds: string[] = [];
  if (!photoInput.success) {
    fieldErrors.photos = ["photo_not_image"];
  } else {
    removeImageIds = photoInput.data.removeImageIds.filter((id) => keptPhotoIds.includes(id));
    const total = keptPhotoIds.length - removeImageIds.length + photoInput.data.photos.length;
    if (total === 0) fieldErrors.photos = ["photos_required"];
    else if (total > MAX_PHOTOS_PER_PRODUCT) fieldErrors.photos = ["photos_too_many"];
    else {
      const processed = await processPhotos(photoInput.data.photos);
      if (processed.ok) photos = processed.photos;
      else fieldErrors.photos = [processed.error];
    }
  }

  const voice = await validateVoiceNote(input);
  if (!voice.ok) fieldErrors.voiceNote = [voice.error];

  if (Object.keys(fieldErrors).length > 0 || !fields.success || !voice.ok)
    return fail("invalid_input", fieldErrors);
  return { ok: true, value: { fields: fields.data, photos, removeImageIds, voice: voice.change } };
}

/** The product columns for the fields; an empty English text stays empty (shown as the Chinese). */
export function productColumns(fields: ProductFields) {
  return {
    categoryId: fields.categoryId,
    titleZh: fields.titleZh,
    titleEn: fields.titleEn,
    descriptionZh: fields.descriptionZh,
    descriptionEn: fields.descriptionEn,
    priceFen: fields.priceYuan,
    stock: fields.stock,
    unit: fields.unit,
    status: fields.status,
  };
}
