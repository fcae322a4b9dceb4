import type Stripe from "stripe";
import type { Ctx } from "../context";
import { missingResource } from "../errors";
import type { FormParams } from "../form";
import { LIST_PARAMS, listPage } from "../list";
import { newestFirst, own } from "../store";
import { pathId, type Route } from "./route";

export const eventRoutes: Route[] = [
  { method: "GET", path: /^\/events$/, handle: list },
  { method: "GET", path: /^\/events\/([^/]+)$/, handle: retrieve },
];

function retrieve(ctx: Ctx, params: FormParams, ids: string[]): Stripe.Event {
  params.rejectUnknown(["expand"]);
  const event = own(ctx.state.events, pathId(ids));
  if (!event) throw missingResource("event", pathId(ids));
  return event;
}

/** `type` may end in `*` (`charge.*`), as in Stripe's filter. */
function list(ctx: Ctx, params: FormParams): Stripe.ApiList<Stripe.Event> {
  params.rejectUnknown([...LIST_PARAMS, "type", "types"]);
  const type = params.string("type");
  const types = params.strings("types");
  const matchesType = (eventType: string) =>
    type === undefined || (type.endsWith("*") ? eventType.startsWith(type.slice(0, -1)) : eventType === type);
  const events = newestFirst(ctx.state.events).filter(
    (event) => matchesType(event.type) && (types === undefined || types.includes(event.type)),
  );
  return listPage(events, params, "/v1/events");
}
