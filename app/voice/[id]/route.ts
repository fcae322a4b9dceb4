import { sessionUserId } from "@/lib/auth/session";
import { getVisibleVoiceNote } from "@/lib/catalog/voice";
import { getOwnVoiceNote } from "@/lib/seller/voice-note";

// A note never changes under its id (a new recording is a new id), so browsers and CDNs may keep it.
const CACHE_FOREVER = "public, max-age=31536000, immutable";
// A hidden product's note is heard only by its seller: no shared cache may keep it.
const OWNER_ONLY = "private, no-store";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const visible = await getVisibleVoiceNote(id);
  const userId = visible ? null : await sessionUserId();
  const note = visible ?? (userId ? await getOwnVoiceNote(userId, id) : null);
  if (!note) {
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(new Uint8Array(note.data), {
    headers: {
      "Content-Type": note.mimeType,
      "Content-Length": String(note.data.byteLength),
      "Cache-Control": visible ? CACHE_FOREVER : OWNER_ONLY,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
