import type { IncomingMessage, ServerResponse } from "node:http";
import { type App, contextFor } from "../context";
import { ApiError, type StripeErrorBody } from "../errors";
import { API_VERSION } from "../events";
import { expandObject } from "../expand";
import { FormParams } from "../form";
import { readBody, safeDecode, sendText } from "../http";
import { findReplay, fingerprint, idempotencyScope, shouldRemember } from "../idempotency";
import { newId } from "../ids";
import { accountRoutes } from "./accounts";
import { chargeRoutes } from "./charges";
import { checkoutSessionRoutes } from "./checkout-sessions";
import { eventRoutes } from "./events";
import { paymentIntentRoutes } from "./payment-intents";
import { refundRoutes } from "./refunds";
import type { Route } from "./route";
import { transferRoutes } from "./transfers";

const ROUTES: Route[] = [
  ...checkoutSessionRoutes,
  ...paymentIntentRoutes,
  ...chargeRoutes,
  ...refundRoutes,
  ...accountRoutes,
  ...transferRoutes,
  ...eventRoutes,
];

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/**
 * One `/v1` request. Only reading the body awaits; everything after it runs synchronously, so two requests
 * carrying the same Idempotency-Key never interleave: the second one finds the first one's saved answer.
 */
export async function handleApiRequest(app: App, req: IncomingMessage, res: ServerResponse, url: URL) {
  const method = req.method ?? "GET";
  const body = method === "POST" ? await readBody(req) : "";
  const requestId = newId("req_", 14);
  const answer = answerRequest(app, req, { method, path: url.pathname, body, query: url.search, requestId });
  // A lost answer: the work and its idempotency record stay, the connection is cut so the SDK retries.
  if (app.faults.takeDrop(url.pathname)) {
    req.socket.destroy();
    return;
  }
  sendText(res, answer.status, answer.body, {
    "Request-Id": requestId,
    "Stripe-Version": API_VERSION,
    ...answer.headers,
  });
}

interface RequestParts {
  method: string;
  path: string;
  body: string;
  query: string;
  requestId: string;
}

function answerRequest(app: App, req: IncomingMessage, parts: RequestParts): Answer {
  const failure = app.faults.takeFailure(parts.path);
  if (failure !== null) {
    return errorAnswer(failure, {
      type: "api_error",
      message: "Simulated failure (stripe-local fail-requests).",
    });
  }
  let idempotency: { scope: string; key: string } | null = null;
  try {
    const apiKey = authenticate(req);
    if (req.headers["stripe-account"]) {
      throw new ApiError(400, {
        type: "invalid_request_error",
        message: "stripe-local does not support the Stripe-Account header.",
      });
    }
    const params = FormParams.parse(parts.method === "POST" ? parts.body : parts.query.replace(/^\?/, ""));
    const request = { method: parts.method, path: parts.path, fingerprint: fingerprint(params.raw) };
    const key = headerValue(req, "idempotency-key");
    if (key && parts.method === "POST") {
      idempotency = { scope: idempotencyScope(apiKey, key), key };
      const saved = findReplay(app.state, idempotency.scope, key, request);
      if (saved) {
        return {
          status: saved.status,
          body: saved.body,
          headers: {
            "Idempotent-Replayed": "true",
            "Original-Request": saved.requestId,
            "Idempotency-Key": key,
          },
        };
      }
    }
    const answer = run(app, parts, params, key ?? null);
    if (idempotency && shouldRemember(answer.status)) {
      app.state.idempotency[idempotency.scope] = {
        ...request,
        status: answer.status,
        body: answer.body,
        requestId: parts.requestId,
        savedAtMs: Date.now(),
      };
    }
    if (idempotency) answer.headers["Idempotency-Key"] = idempotency.key;
    return answer;
  } catch (error) {
    if (error instanceof ApiError) return errorAnswer(error.status, error.body);
    throw error;
  }
}

function run(app: App, parts: RequestParts, params: FormParams, idempotencyKey: string | null): Answer {
  const route = ROUTES.map((candidate) => ({ candidate, match: matchRoute(candidate, parts) })).find(
    (found) => found.match !== null,
  );
  if (!route?.match) {
    return errorAnswer(404, {
      type: "invalid_request_error",
      message: `Unrecognized request URL (${parts.method}: ${parts.path}). stripe-local implements only part of the API.`,
    });
  }
  try {
    const ctx = contextFor(app, { id: parts.requestId, idempotency_key: idempotencyKey });
    const result = route.candidate.handle(ctx, params, route.match);
    const expanded = expandObject(app.state, result, params.expand());
    return { status: 200, body: JSON.stringify(expanded, null, 2), headers: {} };
  } catch (error) {
    if (error instanceof ApiError) return errorAnswer(error.status, error.body);
    app.log(`${parts.method} ${parts.path} failed: ${(error as Error).stack ?? String(error)}`);
    return errorAnswer(500, {
      type: "api_error",
      message: "stripe-local hit an internal error; see its log.",
    });
  }
}

function matchRoute(route: Route, parts: RequestParts): string[] | null {
  if (route.method !== parts.method) return null;
  const match = route.path.exec(parts.path.slice("/v1".length));
  return match ? match.slice(1).map(safeDecode) : null;
}

/** `Authorization: Bearer sk_...`. Live keys are refused: nothing real should ever be sent here. */
function authenticate(req: IncomingMessage): string {
  const header = req.headers.authorization;
  if (!header) {
    throw new ApiError(401, {
      type: "invalid_request_error",
      message:
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    });
  }
  const key = /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? "";
  if (!/^(sk|rk)_\w+$/.test(key) || /^(sk|rk)_live_/.test(key)) {
    throw new ApiError(401, {
      type: "invalid_request_error",
      message: `Invalid API Key provided: ${key.slice(0, 8)}***. stripe-local accepts test secret keys (sk_test_...).`,
    });
  }
  return key;
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function errorAnswer(status: number, error: StripeErrorBody): Answer {
  return { status, body: JSON.stringify({ error }, null, 2), headers: {} };
}
