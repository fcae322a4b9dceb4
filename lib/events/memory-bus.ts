import { ListenerTable } from "./listeners";
import type { BusEvent, BusListener, EventBus } from "./types";

/** One process only: for the embedded database, which cannot carry LISTEN/NOTIFY between connections. */
export class MemoryBus implements EventBus {
  readonly kind = "memory" as const;
  private readonly listeners = new ListenerTable();

  async publish(channel: string, event: BusEvent): Promise<void> {
    // Delivered after the publisher's own work, as a remote transport would.
    queueMicrotask(() => this.listeners.deliver(channel, event));
  }

  async subscribe(channel: string, listener: BusListener): Promise<() => void> {
    this.listeners.add(channel, listener);
    return () => {
      this.listeners.remove(channel, listener);
    };
  }

  async close(): Promise<void> {}
}
