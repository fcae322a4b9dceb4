import type Stripe from "stripe";
import type { Ctx } from "./context";
import { newId } from "./ids";

/** The API version of the pinned SDK (stripe@23.1.0); events say which shape their objects have. */
export const API_VERSION = "2026-10-28.endive";

export interface EmitOptions {
  /** The connected account a Connect event is about. */
  account?: string;
  previousAttributes?: Record<string, unknown>;
}

/** Records an event holding a snapshot of `object` as it is now, then hands it to webhook delivery. */
export function emitEvent(
  ctx: Ctx,
  type: Stripe.Event.Type,
  object: object,
  options: EmitOptions = {},
): Stripe.Event {
  const data: Record<string, unknown> = { object: structuredClone(object) };
  if (options.previousAttributes) data.previous_attributes = options.previousAttributes;
  // Stripe's own key order, so payloads read like real ones.
  const event = {
    id: newId("evt_"),
    object: "event",
    ...(options.account ? { account: options.account } : {}),
    api_version: API_VERSION,
    created: ctx.now,
    data,
    livemode: false,
    pending_webhooks: ctx.app.delivery.hasTarget() ? 1 : 0,
    request: { ...ctx.request },
    type,
  } as unknown as Stripe.Event;
  ctx.state.events[event.id] = event;
  ctx.app.delivery.enqueue(event);
  return event;
}
