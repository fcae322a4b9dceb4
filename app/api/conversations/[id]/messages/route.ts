import { sessionUserId } from "@/lib/auth/session";
import { foreignOrigin, refusal, resultResponse } from "@/lib/messages/route-result";
import { sendMessage } from "@/lib/messages/send";
import { requestAddressIfAny } from "@/lib/security/request";

/**
 * Sends a message: multipart with `kind` (text, voice or photo) and `text` or `file`. A route
 * rather than a server action so a 2 MB recording or a 10 MB photo has its own body limit
 * (lib/http/body-limits.ts) and the composer gets a plain status back.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (foreignOrigin(request)) return refusal(403, "forbidden");
  const { id } = await params;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refusal(400, "invalid_input");
  }
  const input = {
    kind: form.get("kind"),
    text: form.get("text") ?? undefined,
    file: form.get("file") ?? undefined,
  };
  return resultResponse(
    await sendMessage(await sessionUserId(), id, input, { ip: await requestAddressIfAny() }),
  );
}
