import { db } from "@/lib/db/client";

/** A show's cover photo (WebP, re-encoded on upload like product photos). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[a-z0-9]{1,40}$/.test(id)) return new Response("Not found", { status: 404 });
  const session = await db.liveSession.findFirst({
    where: { id, shop: { status: "ACTIVE" }, coverImage: { not: null } },
    select: { coverImage: true },
  });
  if (!session?.coverImage) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(session.coverImage), {
    headers: { "content-type": "image/webp", "cache-control": "public, max-age=300" },
  });
}
