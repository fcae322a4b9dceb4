import type Stripe from "stripe";
import type { Ctx } from "../context";
import { missingResource } from "../errors";
import type { FormParams } from "../form";
import { LIST_PARAMS, listPage } from "../list";
import { newestFirst, own, type State } from "../store";
import { pathId, type Route } from "./route";

export const chargeRoutes: Route[] = [
  { method: "GET", path: /^\/charges$/, handle: list },
  { method: "GET", path: /^\/charges\/([^/]+)$/, handle: retrieve },
];

export function requireCharge(state: State, id: string, param = "id"): Stripe.Charge {
  const charge = own(state.charges, id);
  if (!charge) throw missingResource("charge", id, param);
  return charge;
}

function retrieve(ctx: Ctx, params: FormParams, ids: string[]): Stripe.Charge {
  params.rejectUnknown(["expand"]);
  return requireCharge(ctx.state, pathId(ids));
}

function list(ctx: Ctx, params: FormParams): Stripe.ApiList<Stripe.Charge> {
  params.rejectUnknown([...LIST_PARAMS, "payment_intent", "transfer_group"]);
  const paymentIntent = params.string("payment_intent");
  const transferGroup = params.string("transfer_group");
  const charges = newestFirst(ctx.state.charges).filter(
    (charge) =>
      (paymentIntent === undefined || charge.payment_intent === paymentIntent) &&
      (transferGroup === undefined || charge.transfer_group === transferGroup),
  );
  return listPage(charges, params, "/v1/charges");
}
