import "server-only";
import { db } from "@/lib/db/client";

/**
 * A stored photo by id. Ids are random and a photo never changes once stored (a new upload is a new
 * row), which is what lets the image route cache it forever.
 */
export async function getProductImage(id: string) {
  if (!/^[a-z0-9]{1,40}$/i.test(id)) return null;
  return db.productImage.findUnique({ where: { id }, select: { data: true, mimeType: true } });
}
