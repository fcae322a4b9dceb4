import type Stripe from "stripe";
import { expireSession } from "../checkout/expiry";
import { requireSession } from "../checkout/payment";
import { newSessionRecord } from "../checkout/session-object";
import { parseSessionParams } from "../checkout/session-params";
import type { Ctx } from "../context";
import { invalidRequest } from "../errors";
import type { FormParams } from "../form";
import { listPage } from "../list";
import type { SessionRecord } from "../store";
import { pathId, type Route } from "./route";

export const checkoutSessionRoutes: Route[] = [
  { method: "POST", path: /^\/checkout\/sessions$/, handle: create },
  { method: "GET", path: /^\/checkout\/sessions\/([^/]+)$/, handle: retrieve },
  { method: "POST", path: /^\/checkout\/sessions\/([^/]+)\/expire$/, handle: expire },
  { method: "GET", path: /^\/checkout\/sessions\/([^/]+)\/line_items$/, handle: listLineItems },
];

function create(ctx: Ctx, params: FormParams): Stripe.Checkout.Session {
  const input = parseSessionParams(params, ctx.now);
  const record = newSessionRecord(input, ctx.now, ctx.app.baseUrl);
  ctx.state.sessions[record.session.id] = record;
  return withLineItemsIfExpanded(record, params);
}

function retrieve(ctx: Ctx, params: FormParams, ids: string[]): Stripe.Checkout.Session {
  params.rejectUnknown(["expand"]);
  return withLineItemsIfExpanded(requireSession(ctx.state, pathId(ids)), params);
}

function expire(ctx: Ctx, params: FormParams, ids: string[]): Stripe.Checkout.Session {
  params.rejectUnknown(["expand"]);
  const record = requireSession(ctx.state, pathId(ids));
  if (record.session.status !== "open") {
    throw invalidRequest(
      `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${record.session.status}".`,
    );
  }
  expireSession(ctx, record);
  return withLineItemsIfExpanded(record, params);
}

function listLineItems(ctx: Ctx, params: FormParams, ids: string[]): Stripe.ApiList<Stripe.LineItem> {
  params.rejectUnknown(["limit", "starting_after", "ending_before", "expand"]);
  const record = requireSession(ctx.state, pathId(ids));
  return listPage(record.lineItems, params, `/v1/checkout/sessions/${record.session.id}/line_items`);
}

/** `line_items` is never on a session unless asked for with `expand[]=line_items`. */
function withLineItemsIfExpanded(record: SessionRecord, params: FormParams): Stripe.Checkout.Session {
  const wanted = params.expand().some((path) => path === "line_items" || path.startsWith("line_items."));
  if (!wanted) return record.session;
  const url = `/v1/checkout/sessions/${record.session.id}/line_items`;
  return { ...record.session, line_items: { object: "list", data: record.lineItems, has_more: false, url } };
}
