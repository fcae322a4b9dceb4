import "server-only";
import { recordSecurityEvent } from "@/lib/security/events";
import { processPaymentEvent } from "./process-event";
import { paymentProvider } from "./provider";

/**
 * One webhook delivery, from the raw body as received. 400 for anything that is not a genuine event
 * (nothing is changed); 200 once processed or already processed; 503 when it cannot be processed
 * yet, so the provider delivers it again later.
 */
export async function receiveWebhook(
  rawBody: string,
  signature: string | null,
  ip: string | null = null,
): Promise<Response> {
  const event = paymentProvider.parseEvent(rawBody, signature);
  if (!event) {
    // Only the fact and the sender: the body and the signature header stay out of the log.
    await recordSecurityEvent("webhook_signature_invalid", {
      ip,
      scope: `webhook.${paymentProvider.name}`,
      reason: signature ? "bad_signature" : "no_signature",
    });
    return Response.json({ error: "invalid_signature" }, { status: 400 });
  }
  try {
    const result = await processPaymentEvent({ ...event, provider: paymentProvider.name });
    if (!result.ok) return Response.json({ error: result.error }, { status: 503 });
    return Response.json({ received: true, outcome: result.data.outcome });
  } catch (error) {
    console.error(`[webhook] ${event.type} ${event.eventId} failed; the provider will retry`, error);
    return Response.json({ error: "retry_later" }, { status: 503 });
  }
}
