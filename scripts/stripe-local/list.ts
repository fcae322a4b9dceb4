import type Stripe from "stripe";
import { invalidRequest } from "./errors";
import type { FormParams } from "./form";

/** Parameters every list endpoint takes, besides its own filters. */
export const LIST_PARAMS = ["limit", "starting_after", "ending_before", "created", "expand"] as const;

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

interface Listed {
  id: string;
  /** Absent on line items, which keep their cart order. */
  created?: number;
}

/**
 * One page of `items` (newest first) the way Stripe pages: `limit`, cursors by id, `created` range,
 * `has_more`. The cursors work on the filtered list, so the SDK's auto-pagination walks it to the end.
 */
export function listPage<T extends Listed>(
  items: readonly T[],
  params: FormParams,
  url: string,
): Stripe.ApiList<T> {
  const limit = params.integer("limit", { min: 1, max: MAX_LIMIT }) ?? DEFAULT_LIMIT;
  const inRange = createdFilter(params);
  const filtered = items.filter((item) => item.created === undefined || inRange(item.created));
  const startingAfter = params.string("starting_after");
  const endingBefore = params.string("ending_before");
  if (startingAfter && endingBefore) {
    throw invalidRequest("You may only specify one of these parameters: ending_before, starting_after.");
  }
  let data: T[];
  let hasMore: boolean;
  if (endingBefore) {
    const index = cursorIndex(filtered, endingBefore, "ending_before");
    const start = Math.max(0, index - limit);
    data = filtered.slice(start, index);
    hasMore = start > 0;
  } else {
    const start = startingAfter ? cursorIndex(filtered, startingAfter, "starting_after") + 1 : 0;
    data = filtered.slice(start, start + limit);
    hasMore = start + limit < filtered.length;
  }
  return { object: "list", data, has_more: hasMore, url };
}

function cursorIndex(items: readonly Listed[], id: string, param: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0)
    throw invalidRequest(`No such object in this list: '${id}'`, { param, code: "resource_missing" });
  return index;
}

/** `created=<ts>` or `created[gt|gte|lt|lte]=<ts>`. */
function createdFilter(params: FormParams): (created: number) => boolean {
  if (!params.has("created")) return () => true;
  if (typeof params.raw.created === "string") {
    const exact = params.requiredInteger("created");
    return (created) => created === exact;
  }
  const range = params.object("created");
  if (!range) return () => true;
  range.rejectUnknown(["gt", "gte", "lt", "lte"]);
  const gt = range.integer("gt");
  const gte = range.integer("gte");
  const lt = range.integer("lt");
  const lte = range.integer("lte");
  return (created) =>
    (gt === undefined || created > gt) &&
    (gte === undefined || created >= gte) &&
    (lt === undefined || created < lt) &&
    (lte === undefined || created <= lte);
}
