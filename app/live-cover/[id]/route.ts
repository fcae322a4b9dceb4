import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/validation/text";

/** A show's cover photo (WebP, re-encoded on upload like product photos). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isRecordId(id)) return new Response("Not found", { status: 404 });
  const session = await db.liveSession.findFirst({
    where: { id, shop: { status: "ACTIVE" }, coverImage: { not: null } },
    select: { coverImage: true },
  });
  if (!session?.coverImage) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(session.coverImage), {
    headers: { "content-type": "image/webp", "cache-control": "public, max-age=300" },
  });
}
