import type Stripe from "stripe";
import { own, type State } from "./store";
import { signatureHeader } from "./webhook-signature";

export type DeliveryMode = "immediate" | "hold" | "drop";

export interface DeliverySettings {
  mode: DeliveryMode;
  delayMs: number;
  /** Copies of each delivery sent at once, to test that the receiver handles an event once. */
  duplicates: number;
}

export interface WebhookTarget {
  url: string;
  secret: string;
}

/** One POST to the webhook URL: its HTTP status, or null when no answer came. */
export interface DeliveryResult {
  id: string;
  type: string;
  status: number | null;
  error?: string;
}

export interface DeliveryAttempt extends DeliveryResult {
  at: string;
}

/** Waits before each retry after a failure; Stripe backs off over days, a test cannot wait that long. */
const RETRY_DELAYS_MS = [200, 500, 1000, 2000, 5000, 10_000, 30_000];
const ATTEMPT_TIMEOUT_MS = 10_000;
const ATTEMPT_LOG_SIZE = 2000;

export function defaultDeliverySettings(): DeliverySettings {
  return { mode: "immediate", delayMs: 0, duplicates: 1 };
}

/**
 * Sends events to the webhook URL the way Stripe does: signed, asynchronously (never inside the API request
 * that caused them), retried with backoff on a non-2xx answer or a connection error.
 */
export class WebhookDelivery {
  settings = defaultDeliverySettings();
  readonly attempts: DeliveryAttempt[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private aborter = new AbortController();

  constructor(
    private readonly source: { readonly state: State },
    public target: WebhookTarget | null,
    private readonly log: (message: string) => void,
  ) {}

  hasTarget(): boolean {
    return this.target !== null;
  }

  enqueue(event: Stripe.Event): void {
    // Without a webhook URL events are only recorded, as for an account with no endpoint.
    if (this.settings.mode === "drop" || (this.settings.mode === "immediate" && !this.target)) return;
    if (this.settings.mode === "hold") {
      this.source.state.heldEvents.push(event.id);
      return;
    }
    for (let copy = 0; copy < this.settings.duplicates; copy++) {
      this.later(this.settings.delayMs, () => this.deliverWithRetries(event, 0));
    }
  }

  /** Sends held events one after the other, each awaited, so a test controls the order the app sees. */
  async release(order: "fifo" | "reverse", types: readonly string[] | null): Promise<DeliveryResult[]> {
    const state = this.source.state;
    const chosen = state.heldEvents.filter((id) => {
      const event = own(state.events, id);
      return event !== undefined && (types === null || types.includes(event.type));
    });
    state.heldEvents = state.heldEvents.filter((id) => !chosen.includes(id));
    if (order === "reverse") chosen.reverse();
    const results: DeliveryResult[] = [];
    for (const id of chosen) {
      const event = own(state.events, id);
      if (event) results.push(await this.deliverOnce(event));
    }
    return results;
  }

  /** One more attempt at a recorded event, as the dashboard's "Resend" does. */
  redeliver(event: Stripe.Event): Promise<DeliveryResult> {
    return this.deliverOnce(event);
  }

  /** Forgets pending retries and in-flight sends, and goes back to immediate delivery. */
  reset(): void {
    this.cancelPending();
    this.settings = defaultDeliverySettings();
    this.attempts.length = 0;
  }

  stop(): void {
    this.cancelPending();
  }

  private cancelPending(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.aborter.abort();
    this.aborter = new AbortController();
  }

  private later(delayMs: number, run: () => Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void run();
    }, delayMs);
    this.timers.add(timer);
  }

  private async deliverWithRetries(event: Stripe.Event, retry: number): Promise<void> {
    const signal = this.aborter.signal;
    const result = await this.deliverOnce(event);
    if (isSuccess(result) || signal.aborted || !this.target) return;
    const delay = RETRY_DELAYS_MS[retry];
    if (delay === undefined) {
      this.log(`webhook ${event.type} ${event.id}: gave up after ${retry + 1} tries (${describe(result)})`);
      return;
    }
    this.later(delay, () => this.deliverWithRetries(event, retry + 1));
  }

  private async deliverOnce(event: Stripe.Event): Promise<DeliveryResult> {
    const target = this.target;
    if (!target)
      return this.note({ id: event.id, type: event.type, status: null, error: "no webhook URL set" });
    // The exact bytes are signed; Stripe sends its payloads pretty-printed, so do we.
    const payload = JSON.stringify(event, null, 2);
    try {
      const response = await fetch(target.url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "Stripe-Signature": signatureHeader(payload, target.secret),
          "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks) stripe-local",
        },
        body: payload,
        signal: AbortSignal.any([this.aborter.signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
      });
      // Read the answer to the end so the connection can be reused.
      await response.arrayBuffer();
      return this.note({ id: event.id, type: event.type, status: response.status });
    } catch (error) {
      return this.note({ id: event.id, type: event.type, status: null, error: (error as Error).message });
    }
  }

  private note(result: DeliveryResult): DeliveryResult {
    this.attempts.push({ ...result, at: new Date().toISOString() });
    if (this.attempts.length > ATTEMPT_LOG_SIZE)
      this.attempts.splice(0, this.attempts.length - ATTEMPT_LOG_SIZE);
    return result;
  }
}

function isSuccess(result: DeliveryResult): boolean {
  return result.status !== null && result.status >= 200 && result.status < 300;
}

function describe(result: DeliveryResult): string {
  return result.status === null ? (result.error ?? "no answer") : `HTTP ${result.status}`;
}
