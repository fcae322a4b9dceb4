import { sessionUserId } from "@/lib/auth/session";
import { resumeSeq } from "@/lib/http/event-stream";
import { messageStream } from "@/lib/messages/stream";

/** New messages of the signed-in buyer's or seller's conversations, as Server-Sent Events. */
export async function GET(request: Request) {
  const after = new URL(request.url).searchParams.get("after");
  const from = resumeSeq(request.headers.get("last-event-id"), after);
  return messageStream(await sessionUserId(), from, request.signal);
}
