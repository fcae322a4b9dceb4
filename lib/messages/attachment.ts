import "server-only";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/validation/text";
import { loadReader } from "./access";

const PRIVATE = "private, no-store";

/**
 * A voice message or photo for `/api/messages/attachments/:id`: only to the two sides of its
 * conversation, or its village's admins once it is reported (anyone else gets the same 404 as for an
 * id that does not exist), never cached by a
 * shared cache. Safari asks for audio in ranges, so a Range request gets its 206.
 */
export async function attachmentResponse(
  userId: string | null,
  id: string,
  range: string | null,
): Promise<Response> {
  if (!isRecordId(id)) return notFound();
  const row = await db.messageAttachment.findUnique({
    where: { id },
    select: { message: { select: { conversationId: true } } },
  });
  if (!row) return notFound();
  const allowed = await loadReader(userId, row.message.conversationId);
  if (!allowed.ok) return notFound();
  const media = await db.messageAttachment.findUniqueOrThrow({
    where: { id },
    select: { data: true, mimeType: true },
  });
  const bytes = new Uint8Array(media.data);
  const headers: Record<string, string> = {
    "Content-Type": media.mimeType,
    "Cache-Control": PRIVATE,
    "X-Content-Type-Options": "nosniff",
    "Accept-Ranges": "bytes",
  };
  const match = range ? /^bytes=(\d*)-(\d*)$/.exec(range) : null;
  if (match && (match[1] || match[2])) {
    const size = bytes.byteLength;
    const start = match[1] ? Number(match[1]) : Math.max(0, size - Number(match[2]));
    const end = match[1] && match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
    if (start > end || start >= size) {
      return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${size}` } });
    }
    const part = bytes.subarray(start, end + 1);
    return new Response(part, {
      status: 206,
      headers: {
        ...headers,
        "Content-Range": `bytes ${start}-${end}/${size}`,
        "Content-Length": String(part.byteLength),
      },
    });
  }
  return new Response(bytes, { headers: { ...headers, "Content-Length": String(bytes.byteLength) } });
}

function notFound() {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": PRIVATE },
  });
}
