import type { WebhookDelivery } from "./delivery";
import type { Faults } from "./faults";
import { clockNow, type State } from "./store";

/** What an event's `request` says: the API request that caused it, or nulls for a dashboard-like action. */
export interface RequestInfo {
  id: string | null;
  idempotency_key: string | null;
}

/** The long-lived server: state (replaced on reset), where it is reachable, and its side channels. */
export interface App {
  state: State;
  baseUrl: string;
  readonly delivery: WebhookDelivery;
  readonly faults: Faults;
  /** Marks the state as changed, for `stateFile`. */
  changed(): void;
  log(message: string): void;
}

/** One action's view: the simulated moment it happens at and the request its events name. */
export interface Ctx {
  readonly app: App;
  readonly state: State;
  readonly now: number;
  readonly request: RequestInfo;
}

export function contextFor(app: App, request: RequestInfo = { id: null, idempotency_key: null }): Ctx {
  return { app, state: app.state, now: clockNow(app.state), request };
}
