import type Stripe from "stripe";
import type { Ctx } from "../context";
import { missingResource } from "../errors";
import type { FormParams } from "../form";
import { own, type State } from "../store";
import { pathId, type Route } from "./route";

export const paymentIntentRoutes: Route[] = [
  { method: "GET", path: /^\/payment_intents\/([^/]+)$/, handle: retrieve },
];

export function requirePaymentIntent(state: State, id: string, param = "id"): Stripe.PaymentIntent {
  const paymentIntent = own(state.paymentIntents, id);
  if (!paymentIntent) throw missingResource("payment_intent", id, param);
  return paymentIntent;
}

function retrieve(ctx: Ctx, params: FormParams, ids: string[]): Stripe.PaymentIntent {
  params.rejectUnknown(["expand", "client_secret"]);
  return requirePaymentIntent(ctx.state, pathId(ids));
}
