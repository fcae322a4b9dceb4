import { getProductImage } from "@/lib/catalog/images";

// A photo never changes under its id (a new upload is a new id), so browsers and CDNs may keep it.
const CACHE_FOREVER = "public, max-age=31536000, immutable";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const image = await getProductImage(id);
  if (!image) {
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(new Uint8Array(image.data), {
    headers: {
      "Content-Type": image.mimeType,
      "Content-Length": String(image.data.byteLength),
      "Cache-Control": CACHE_FOREVER,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
