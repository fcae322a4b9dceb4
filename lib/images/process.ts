import "server-only";
import sharp from "sharp";
import { MAX_PHOTO_BYTES, MAX_PHOTO_SIDE } from "./limits";

export type StoredPhoto = {
  data: Uint8Array<ArrayBuffer>;
  mimeType: "image/webp";
  width: number;
  height: number;
};

export type PhotoError = "photo_empty" | "photo_too_large" | "photo_not_image" | "photo_unreadable";

// Judged by what the bytes decode as, never by the declared type or the file name. "heif" covers
// HEIC and AVIF; SVG, GIF, TIFF and the rest are refused even though sharp could read them.
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "heif"]);

// A small file can still claim a huge canvas; refuse before libvips allocates it (a 50 MP phone is fine).
const MAX_INPUT_PIXELS = 80_000_000;

/**
 * Turns one uploaded file into the photo we store: turned upright by its EXIF orientation, at most
 * MAX_PHOTO_SIDE on its longest side, re-encoded as WebP. Re-encoding drops every metadata block
 * (EXIF, GPS, XMP), so a seller's home location never leaves with the picture.
 */
export async function processPhoto(
  file: Blob,
): Promise<{ ok: true; photo: StoredPhoto } | { ok: false; error: PhotoError }> {
  if (file.size === 0) return { ok: false, error: "photo_empty" };
  if (file.size > MAX_PHOTO_BYTES) return { ok: false, error: "photo_too_large" };
  const input = Buffer.from(await file.arrayBuffer());
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" } as const;

  let format: string | undefined;
  try {
    format = (await sharp(input, options).metadata()).format;
  } catch {
    return { ok: false, error: "photo_not_image" };
  }
  if (!format || !ACCEPTED_FORMATS.has(format)) return { ok: false, error: "photo_not_image" };

  try {
    const { data, info } = await sharp(input, options)
      .autoOrient()
      .resize({ width: MAX_PHOTO_SIDE, height: MAX_PHOTO_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return {
      ok: true,
      photo: { data: new Uint8Array(data), mimeType: "image/webp", width: info.width, height: info.height },
    };
  } catch {
    // A recognised header over broken data, or HEIC from a phone that this libvips cannot decode.
    return { ok: false, error: "photo_unreadable" };
  }
}

/** Processes every file; on the first refusal, stops and says which one (1-based) and why. */
export async function processPhotos(
  files: Blob[],
): Promise<{ ok: true; photos: StoredPhoto[] } | { ok: false; error: PhotoError; index: number }> {
  const photos: StoredPhoto[] = [];
  for (const [index, file] of files.entries()) {
    const result = await processPhoto(file);
    if (!result.ok) return { ok: false, error: result.error, index: index + 1 };
    photos.push(result.photo);
  }
  return { ok: true, photos };
}
