import "server-only";
import type { z } from "zod";
import { logger } from "@/lib/log";
import { clientAddress } from "@/lib/security/client-address";
import { throttle } from "@/lib/security/rate-limit";
import { authenticateToken, type TokenCaller } from "./authenticate";
import { decodeCursor, type Position } from "./cursor";
import { apiError } from "./errors";
import { jsonResponse } from "./respond";
import type { ApiScope } from "./scopes";

type Context<Q, P, C> = { request: Request; query: Q; params: P; caller: C };

type Definition<
  Q extends z.ZodType,
  P extends z.ZodType,
  R extends z.ZodType,
  S extends ApiScope | undefined,
> = {
  query: Q;
  params?: P;
  response: R;
  /** Leave out for the public catalog; a token with this scope otherwise. */
  scope?: S;
};

type Caller<S> = S extends ApiScope ? TokenCaller : null;

/** What a handler found nothing for: the route answers 404 in the API's shape. */
export const notFound = (what: string) => apiError("not_found", `No such ${what}.`);

/** The position a list's `cursor` points at (undefined: the first page), or the 400 to answer. */
export function readCursor(cursor: string | undefined): Position | undefined | Response {
  if (cursor === undefined) return undefined;
  return decodeCursor(cursor) ?? apiError("bad_request", "The cursor is not one this API gave out.");
}

function issuesText(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join(".") || "query"}: ${issue.message}`)
    .join("; ");
}

/**
 * A GET route of /api/v1: per-client rate limit, the token (when the route has a scope), the query
 * and path parsed by the same zod schemas the OpenAPI document is made from, and the answer typed
 * by the response schema, sent with a strong ETag. Nothing a caller sends can make it answer 500:
 * bad input is a 400, and an unexpected failure is logged and answered in the error shape.
 */
export function apiGet<
  Q extends z.ZodType,
  R extends z.ZodType,
  P extends z.ZodType = z.ZodType<Record<string, never>>,
  S extends ApiScope | undefined = undefined,
>(
  definition: Definition<Q, P, R, S>,
  handler: (context: Context<z.output<Q>, z.output<P>, Caller<S>>) => Promise<z.input<R> | Response>,
) {
  return async (request: Request, route: { params: Promise<unknown> }): Promise<Response> => {
    try {
      const ip = clientAddress(request.headers);
      const limited = await throttle("apiClient", `ip:${ip}`, { ip });
      if (!limited.ok)
        return apiError("rate_limited", "Too many requests from this address.", {
          "retry-after": String(limited.retryAfterSeconds),
        });
      let caller: TokenCaller | null = null;
      if (definition.scope) {
        const authenticated = await authenticateToken(request, definition.scope, ip);
        if (!authenticated.ok) return authenticated.response;
        caller = authenticated.caller;
      }
      const query = definition.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) return apiError("bad_request", `Invalid query: ${issuesText(query.error)}`);
      const params = definition.params
        ? definition.params.safeParse(await route.params)
        : { success: true as const, data: {} };
      if (!params.success) return notFound("resource");
      const result = await handler({
        request,
        query: query.data,
        params: params.data as z.output<P>,
        caller: caller as Caller<S>,
      });
      if (result instanceof Response) return result;
      return jsonResponse(request, result, definition.scope ? "private" : "public");
    } catch (error) {
      logger.error({ err: error, path: new URL(request.url).pathname }, "api route failed");
      return apiError("internal", "Something went wrong on our side; try again later.");
    }
  };
}
