import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleApiRequest } from "./api/router";
import { expireDueSessions } from "./checkout/expiry";
import { type App, contextFor } from "./context";
import { handleControl } from "./control";
import { WebhookDelivery } from "./delivery";
import { API_VERSION } from "./events";
import { Faults } from "./faults";
import { BodyTooLargeError, safeDecode, sendJson } from "./http";
import { forgetExpiredKeys } from "./idempotency";
import { handleCheckoutPage } from "./pages/checkout-page";
import { handleOnboardingPage } from "./pages/onboarding-page";
import { loadState, StateSaver } from "./persistence";
import { emptyState } from "./store";

export interface LocalStripeOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: "127.0.0.1";
  webhookUrl?: string;
  webhookSecret?: string;
  /** JSON file the state is saved to after changes and loaded from at start. */
  stateFile?: string;
  /** No log lines at all (tests). */
  quiet?: boolean;
}

export interface LocalStripe {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** How often sessions past `expires_at` on the wall clock are expired without a request noticing. */
const EXPIRY_SWEEP_MS = 5000;

/** Starts the Stripe-compatible local server; point the SDK at it with `{ host, port, protocol: "http" }`. */
export async function startLocalStripe(options: LocalStripeOptions = {}): Promise<LocalStripe> {
  const host = options.host ?? "127.0.0.1";
  const log = options.quiet ? () => {} : (message: string) => console.warn(`stripe-local: ${message}`);
  const saver = options.stateFile ? new StateSaver(options.stateFile, () => app.state) : null;
  const target =
    options.webhookUrl && options.webhookSecret
      ? { url: options.webhookUrl, secret: options.webhookSecret }
      : null;
  if (options.webhookUrl && !options.webhookSecret)
    log("webhook URL given without a secret: no webhooks sent");

  const app: App = {
    state: options.stateFile ? loadState(options.stateFile) : emptyState(),
    baseUrl: "",
    delivery: new WebhookDelivery(
      {
        get state() {
          return app.state;
        },
      },
      target,
      log,
    ),
    faults: new Faults(),
    changed: () => saver?.schedule(),
    log,
  };

  const server = createServer((req, res) => {
    handle(app, req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        sendJson(res, 413, { error: { type: "invalid_request_error", message: error.message } });
        return;
      }
      log(`${req.method} ${req.url} failed: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent)
        sendJson(res, 500, { error: { type: "api_error", message: "stripe-local internal error" } });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  app.baseUrl = `http://${host}:${port}`;

  const sweep = setInterval(() => {
    forgetExpiredKeys(app.state);
    sweepExpired(app);
  }, EXPIRY_SWEEP_MS);
  sweep.unref();

  return {
    url: app.baseUrl,
    port,
    async stop() {
      clearInterval(sweep);
      app.delivery.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      saver?.flush();
    },
  };
}

async function handle(app: App, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", app.baseUrl);
  const path = url.pathname;
  sweepExpired(app);
  if (path.startsWith("/v1/")) await handleApiRequest(app, req, res, url);
  else if (path.startsWith("/_control/")) await handleControl(app, req, res, url);
  else if (path.startsWith("/checkout/pay/")) {
    await handleCheckoutPage(app, req, res, safeDecode(path.slice("/checkout/pay/".length)));
  } else if (path.startsWith("/connect/onboard/")) {
    await handleOnboardingPage(app, req, res, safeDecode(path.slice("/connect/onboard/".length)), url);
  } else if (path === "/") {
    sendJson(res, 200, { object: "stripe-local", api_version: API_VERSION, url: app.baseUrl });
  } else {
    sendJson(res, 404, { error: { type: "invalid_request_error", message: `Nothing at ${path}` } });
  }
  if (req.method !== "GET") app.changed();
}

/** Sessions past `expires_at` (simulated clock) expire as they would at Stripe, whoever asks first. */
function sweepExpired(app: App): void {
  if (expireDueSessions(contextFor(app)) > 0) app.changed();
}
