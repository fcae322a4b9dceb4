/**
 * What travels on the bus: small JSON notes that something was persisted, never the only copy of it.
 * A subscriber that misses one (a restart, a dropped connection) reads the database to catch up.
 */
export type BusEvent = { type: string; [key: string]: unknown };

export type BusListener = (event: BusEvent) => void;

/**
 * One interface for every transport. Channels are plain names: `inbox:<userId>` for a user's
 * conversations, and later `live:<sessionId>` for a live show's chat and pins.
 */
export interface EventBus {
  readonly kind: "memory" | "redis" | "postgres";
  /** Resolves once the transport has taken the event (other processes may receive it a moment later). */
  publish(channel: string, event: BusEvent): Promise<void>;
  /** Resolves once the subscription is live, so nothing published after it is missed; returns the unsubscribe. */
  subscribe(channel: string, listener: BusListener): Promise<() => void>;
  close(): Promise<void>;
}
