import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import type { ProviderEvent } from "../types";
import { stripe, WEBHOOK_TOLERANCE_SECONDS } from "./client";

const eventSchema = z.object({
  id: z.string().min(1).max(255),
  type: z.string().min(1).max(255),
  data: z.object({ object: z.object({ id: z.string().min(1).max(255) }) }),
});

/** Which of our objects an event type is about; everything else is recorded and left alone. */
function subjectKind(type: string) {
  if (type.startsWith("checkout.session.")) return "checkout" as const;
  if (type === "charge.refunded") return "charge" as const;
  if (type.startsWith("refund.")) return "refund" as const;
  if (type === "account.updated") return "account" as const;
  return null;
}

/**
 * Verifies a webhook delivery against the raw body as received: a missing or wrong signature, a
 * re-serialised body, or an event older than the tolerance (a replay) all come back null.
 */
export function parseStripeEvent(payload: string, signature: string | null): ProviderEvent | null {
  if (!signature) return null;
  let event: unknown;
  try {
    event = stripe.webhooks.constructEvent(
      payload,
      signature,
      env.STRIPE_WEBHOOK_SECRET,
      WEBHOOK_TOLERANCE_SECONDS,
    );
  } catch {
    return null;
  }
  const parsed = eventSchema.safeParse(event);
  if (!parsed.success) return null;
  const { id, type, data } = parsed.data;
  const kind = subjectKind(type);
  return { eventId: id, type, subject: kind ? { kind, ref: data.object.id } : { kind: "other" } };
}
