import type Stripe from "stripe";
import type { IdempotencyRecord } from "./idempotency";

/** What Checkout keeps about a session beyond the public object. */
export interface SessionRecord {
  session: Stripe.Checkout.Session;
  lineItems: Stripe.LineItem[];
  paymentIntentData: { description: string | null; metadata: Stripe.Metadata; transferGroup: string | null };
  /** The PaymentIntent of an earlier declined attempt: Checkout reuses it when the buyer tries again. */
  attemptPaymentIntent: string | null;
}

/** Everything the server knows; plain JSON so `stateFile` can save and load it as is. */
export interface State {
  version: 1;
  sessions: Record<string, SessionRecord>;
  paymentIntents: Record<string, Stripe.PaymentIntent>;
  charges: Record<string, Stripe.Charge>;
  refunds: Record<string, Stripe.Refund>;
  accounts: Record<string, Stripe.Account>;
  transfers: Record<string, Stripe.Transfer>;
  reversals: Record<string, Stripe.TransferReversal>;
  events: Record<string, Stripe.Event>;
  idempotency: Record<string, IdempotencyRecord>;
  /** Ids of events waiting for `/_control/release`, oldest first. */
  heldEvents: string[];
  /** Seconds `/_control/clock` moved the simulated clock ahead of the wall clock. */
  clockOffsetSeconds: number;
}

export function emptyState(): State {
  return {
    version: 1,
    sessions: {},
    paymentIntents: {},
    charges: {},
    refunds: {},
    accounts: {},
    transfers: {},
    reversals: {},
    events: {},
    idempotency: {},
    heldEvents: [],
    clockOffsetSeconds: 0,
  };
}

/** A record lookup that an id like `__proto__` from a URL cannot turn into a prototype. */
export function own<T>(record: Record<string, T>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/** Newest first. Records keep insertion order because no id is an integer-like key. */
export function newestFirst<T>(record: Record<string, T>): T[] {
  return Object.values(record).reverse();
}

/** Simulated unix time: the wall clock plus what `/_control/clock` added. */
export function clockNow(state: State): number {
  return Math.floor(Date.now() / 1000) + state.clockOffsetSeconds;
}

/** Any stored API object by id, for `expand[]`. */
export function findObject(state: State, id: string): object | undefined {
  return (
    own(state.sessions, id)?.session ??
    own(state.paymentIntents, id) ??
    own(state.charges, id) ??
    own(state.refunds, id) ??
    own(state.accounts, id) ??
    own(state.transfers, id) ??
    own(state.reversals, id)
  );
}
