import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isRecordId } from "@/lib/validation/text";
import { visibleProduct } from "./visibility";

export type ProductMediaKind = "photo" | "voice";

// A photo or note never changes under its id (a new upload is a new id), so browsers and CDNs may keep it.
const CACHE_FOREVER = "public, max-age=31536000, immutable";
// A hidden product's media is for its seller only: no shared or browser cache may keep it.
const OWNER_ONLY = "private, no-store";

const mediaSelect = { data: true, mimeType: true } as const;

async function findMedia(kind: ProductMediaKind, id: string, product: Prisma.ProductWhereInput) {
  const where = { id, product };
  return kind === "photo"
    ? db.productImage.findFirst({ where, select: mediaSelect })
    : db.productVoiceNote.findFirst({ where, select: mediaSelect });
}

/**
 * The response for `/images/:id` or `/voice/:id`. Anyone gets a visible product's media, cached for
 * ever; a draft, archived or suspended shop's product's media goes only to its seller, never cached,
 * and is a 404 to everyone else. `viewerId` is asked only in that case, so public media stays cheap.
 */
export async function productMediaResponse(
  kind: ProductMediaKind,
  id: string,
  viewerId: () => Promise<string | null>,
): Promise<Response> {
  if (!isRecordId(id)) return notFound();
  const visible = await findMedia(kind, id, visibleProduct);
  const ownerId = visible ? null : await viewerId();
  const media = visible ?? (ownerId ? await findMedia(kind, id, { shop: { ownerId } }) : null);
  if (!media) return notFound();
  return new Response(new Uint8Array(media.data), {
    headers: {
      "Content-Type": media.mimeType,
      "Content-Length": String(media.data.byteLength),
      "Cache-Control": visible ? CACHE_FOREVER : OWNER_ONLY,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

// Never kept: a hidden product's media answers 404 only until the product is shown.
function notFound() {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": OWNER_ONLY },
  });
}
