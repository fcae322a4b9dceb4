import { sessionUserId } from "@/lib/auth/session";
import { attachmentResponse } from "@/lib/messages/attachment";

/** A voice message or photo, only for the two sides of its conversation. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return attachmentResponse(await sessionUserId(), id, request.headers.get("range"));
}
