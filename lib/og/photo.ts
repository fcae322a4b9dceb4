import "server-only";
import sharp from "sharp";
import { visibleProduct } from "@/lib/catalog/visibility";
import { db } from "@/lib/db/client";

/**
 * A visible product's stored photo as a square JPEG data URL for satori, which cannot decode the WebP
 * we store. Undefined when the photo is gone or belongs to a product buyers cannot see.
 */
export async function squarePhotoDataUrl(imageId: string, side: number): Promise<string | undefined> {
  const image = await db.productImage.findFirst({
    where: { id: imageId, product: visibleProduct },
    select: { data: true },
  });
  if (!image) return undefined;
  const jpeg = await sharp(image.data).resize(side, side, { fit: "cover" }).jpeg({ quality: 80 }).toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString("base64")}`;
}
