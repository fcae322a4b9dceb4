import { sessionUserId } from "@/lib/auth/session";
import { MAX_CHUNK_BYTES, receiveCameraChunk, stopCamera } from "@/lib/live/sessions/browser-ingest";
import { foreignOrigin, resultResponse } from "@/lib/messages/route-result";

/**
 * "Go live" from the phone: one POST per MediaRecorder chunk, `?seq=N` (0 starts the stream),
 * the bytes as the body; `?stop=1` ends it. A WebSocket is not available in a route handler and a
 * streaming request body needs HTTP/2, so numbered chunk posts it is.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (foreignOrigin(request)) return Response.json({ ok: false, error: "forbidden" }, { status: 403 });
  const [{ id }, userId] = await Promise.all([params, sessionUserId()]);
  const search = new URL(request.url).searchParams;
  if (search.get("stop") === "1") return resultResponse(await stopCamera(userId, id));
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_CHUNK_BYTES) return Response.json({ ok: false, error: "too_large" }, { status: 413 });
  const bytes = new Uint8Array(await request.arrayBuffer().catch(() => new ArrayBuffer(0)));
  return resultResponse(await receiveCameraChunk(userId, id, search.get("seq"), bytes));
}
