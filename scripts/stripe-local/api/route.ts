import type { Ctx } from "../context";
import type { FormParams } from "../form";

/** One API endpoint under /v1. Handlers are synchronous: see `handleApiRequest`. */
export interface Route {
  method: "GET" | "POST";
  /** Matched against the path after `/v1`; capture groups are the ids handed to `handle`. */
  path: RegExp;
  handle(ctx: Ctx, params: FormParams, ids: string[]): object;
}

/** The id captured from the path; a route's pattern guarantees it is there. */
export function pathId(ids: readonly string[], index = 0): string {
  return ids[index] ?? "";
}
