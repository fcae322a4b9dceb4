import { resumeSeq } from "@/lib/http/event-stream";
import { liveStream } from "@/lib/live/chat/stream";
import { parseRouteText } from "@/lib/validation/text";

/** One live show's pinned card, chat, likes and viewer count, as Server-Sent Events (open to every viewer). */
export async function GET(request: Request, context: RouteContext<"/api/live/[id]/events">) {
  const sessionId = parseRouteText((await context.params).id, 40);
  if (!sessionId) return new Response("Bad request\n", { status: 400 });
  const after = new URL(request.url).searchParams.get("after");
  return liveStream(sessionId, resumeSeq(request.headers.get("last-event-id"), after), request.signal);
}
