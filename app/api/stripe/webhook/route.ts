import { receiveWebhook } from "@/lib/payments/webhook";
import { clientAddress } from "@/lib/security/client-address";

// Stripe's events. The signature is over the exact bytes sent, so the body is read raw, never parsed
// and re-serialised first. Bodies past 1 MB are not Stripe's (its events are far smaller).
const MAX_BODY_BYTES = 1_000_000;

export async function POST(request: Request) {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) return Response.json({ error: "too_large" }, { status: 413 });
  const body = await request.text();
  if (body.length > MAX_BODY_BYTES) return Response.json({ error: "too_large" }, { status: 413 });
  return receiveWebhook(body, request.headers.get("stripe-signature"), clientAddress(request.headers));
}
