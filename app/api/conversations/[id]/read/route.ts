import { sessionUserId } from "@/lib/auth/session";
import { markRead } from "@/lib/messages/read";
import { foreignOrigin, refusal, resultResponse } from "@/lib/messages/route-result";

/** `{ "seq": n }`: the caller has seen this conversation up to message n. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (foreignOrigin(request)) return refusal(403, "forbidden");
  const { id } = await params;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return refusal(400, "invalid_input");
  }
  const seq = typeof body === "object" && body !== null ? (body as { seq?: unknown }).seq : undefined;
  return resultResponse(await markRead(await sessionUserId(), id, seq));
}
