import type { IncomingMessage, ServerResponse } from "node:http";
import { expireDueSessions } from "./checkout/expiry";
import { type PaymentResult, payCheckoutSession, settleAsyncPayment } from "./checkout/payment";
import { PAYMENT_METHODS } from "./checkout/session-params";
import { onboardAccount } from "./connect/onboarding";
import { type App, contextFor } from "./context";
import type { DeliveryMode } from "./delivery";
import { ApiError, invalidRequest } from "./errors";
import { isHttpUrl } from "./form";
import { readBody, sendJson } from "./http";
import { clockNow, emptyState, own } from "./store";

type Body = Record<string, unknown>;

/**
 * Test controls: plain JSON, no auth (a local tool). Each answers 200 with JSON, or Stripe's error shape
 * with 400/404 when the request makes no sense.
 */
export async function handleControl(app: App, req: IncomingMessage, res: ServerResponse, url: URL) {
  try {
    const body = req.method === "POST" ? parseJson(await readBody(req)) : {};
    const path = url.pathname.slice("/_control".length);
    sendJson(res, 200, await control(app, `${req.method ?? "GET"} ${path}`, body));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    sendJson(res, error.status, { error: error.body });
  }
}

async function control(app: App, action: string, body: Body): Promise<unknown> {
  const ctx = () => contextFor(app);
  const checkout = /^POST \/checkout\/([^/]+)\/(pay|async)$/.exec(action);
  if (checkout) {
    const [, sessionId = "", step] = checkout;
    if (step === "pay") {
      const method = oneOf(body, "method", PAYMENT_METHODS) ?? "card";
      const outcome = oneOf(body, "outcome", ["succeeded", "failed", "processing"] as const) ?? "succeeded";
      return paymentJson(payCheckoutSession(ctx(), sessionId, method, outcome));
    }
    const outcome = oneOf(body, "outcome", ["succeeded", "failed"] as const) ?? "succeeded";
    return paymentJson(settleAsyncPayment(ctx(), sessionId, outcome));
  }
  const onboard = /^POST \/accounts\/([^/]+)\/onboard$/.exec(action);
  if (onboard) return onboardAccount(ctx(), onboard[1] ?? "");

  switch (action) {
    case "POST /webhook":
      return setWebhook(app, body);
    case "POST /delivery":
      app.delivery.settings = {
        mode:
          oneOf(body, "mode", ["immediate", "hold", "drop"] as const satisfies readonly DeliveryMode[]) ??
          "immediate",
        delayMs: integer(body, "delayMs", 0, 60_000) ?? 0,
        duplicates: integer(body, "duplicates", 1, 50) ?? 1,
      };
      return app.delivery.settings;
    case "POST /release": {
      const order = oneOf(body, "order", ["fifo", "reverse"] as const) ?? "fifo";
      return app.delivery.release(order, strings(body, "types"));
    }
    case "POST /redeliver": {
      const eventId = typeof body.eventId === "string" ? body.eventId : "";
      const event = own(app.state.events, eventId);
      if (!event)
        throw new ApiError(404, { type: "invalid_request_error", message: `No such event: '${eventId}'` });
      return app.delivery.redeliver(event);
    }
    case "GET /events":
      return Object.values(app.state.events);
    case "GET /deliveries":
      return app.delivery.attempts;
    case "GET /clock":
      return { now: clockNow(app.state) };
    case "POST /clock": {
      app.state.clockOffsetSeconds += integer(body, "advanceSeconds", 0, 10 * 365 * 86_400) ?? 0;
      expireDueSessions(ctx());
      return { now: clockNow(app.state) };
    }
    case "POST /drop-responses":
      app.faults.dropResponses(integer(body, "count", 0, 1000) ?? 1, optionalString(body, "path"));
      return app.faults.pending();
    case "POST /fail-requests":
      app.faults.failRequests(
        integer(body, "count", 0, 1000) ?? 1,
        optionalString(body, "path"),
        integer(body, "status", 400, 599) ?? 500,
      );
      return app.faults.pending();
    case "POST /reset":
      app.state = emptyState();
      app.delivery.reset();
      app.faults.reset();
      return { ok: true };
    case "GET /state":
      return describeState(app);
    default:
      throw new ApiError(404, { type: "invalid_request_error", message: `No control ${action}` });
  }
}

function setWebhook(app: App, body: Body) {
  const url = optionalString(body, "url");
  if (url === null) {
    app.delivery.target = null;
    return { url: null };
  }
  const secret = optionalString(body, "secret");
  if (!isHttpUrl(url)) throw invalidRequest("url must be an http(s) URL", { param: "url" });
  if (!secret) throw invalidRequest("secret is required with url", { param: "secret" });
  app.delivery.target = { url, secret };
  return { url };
}

/** Everything stored, by collection and id, for tests that look behind the API. */
function describeState(app: App) {
  const { state } = app;
  const sessions = Object.fromEntries(
    Object.entries(state.sessions).map(([id, record]) => [id, record.session]),
  );
  return {
    now: clockNow(state),
    webhookUrl: app.delivery.target?.url ?? null,
    delivery: app.delivery.settings,
    heldEvents: state.heldEvents.length,
    faults: app.faults.pending(),
    checkout_sessions: sessions,
    payment_intents: state.paymentIntents,
    charges: state.charges,
    refunds: state.refunds,
    accounts: state.accounts,
    transfers: state.transfers,
    transfer_reversals: state.reversals,
  };
}

function paymentJson(result: PaymentResult) {
  return { session: result.session, payment_intent: result.paymentIntent, charge: result.charge };
}

function parseJson(text: string): Body {
  if (text.trim() === "") return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Body;
  } catch {
    // Falls through to the error below.
  }
  throw invalidRequest("The control body must be a JSON object.");
}

function oneOf<T extends string>(body: Body, key: string, allowed: readonly T[]): T | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  const found = allowed.find((option) => option === value);
  if (found === undefined)
    throw invalidRequest(`${key} must be one of ${allowed.join(", ")}`, { param: key });
  return found;
}

function integer(body: Body, key: string, min: number, max: number): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw invalidRequest(`${key} must be an integer from ${min} to ${max}`, { param: key });
  }
  return value;
}

function optionalString(body: Body, key: string): string | null {
  const value = body[key];
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string") throw invalidRequest(`${key} must be a string`, { param: key });
  return value;
}

function strings(body: Body, key: string): string[] | null {
  const value = body[key];
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) {
    throw invalidRequest(`${key} must be an array of strings`, { param: key });
  }
  return value;
}
