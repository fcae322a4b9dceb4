import type { BusEvent, BusListener } from "./types";

/**
 * The listeners of one process by channel. Every transport fans out through this, so a channel with
 * many local viewers costs one transport subscription, not one per viewer.
 */
export class ListenerTable {
  private readonly byChannel = new Map<string, Set<BusListener>>();

  /** Adds a listener; true when it is the channel's first (the transport must subscribe). */
  add(channel: string, listener: BusListener): boolean {
    let set = this.byChannel.get(channel);
    const first = !set;
    if (!set) {
      set = new Set();
      this.byChannel.set(channel, set);
    }
    set.add(listener);
    return first;
  }

  /** Removes a listener; true when the channel has none left (the transport may unsubscribe). */
  remove(channel: string, listener: BusListener): boolean {
    const set = this.byChannel.get(channel);
    if (!set) return false;
    set.delete(listener);
    if (set.size > 0) return false;
    this.byChannel.delete(channel);
    return true;
  }

  deliver(channel: string, event: BusEvent): void {
    for (const listener of this.byChannel.get(channel) ?? []) {
      try {
        listener(event);
      } catch (error) {
        // One broken viewer must not stop the others from hearing.
        console.error("[events] listener failed:", error);
      }
    }
  }

  channels(): string[] {
    return [...this.byChannel.keys()];
  }
}

/** Parses what another process sent; null for anything that is not one of our events. */
export function parseEnvelope(text: string): { channel: string; event: BusEvent } | null {
  try {
    const value = JSON.parse(text) as { channel?: unknown; event?: { type?: unknown } };
    if (typeof value.channel !== "string" || typeof value.event?.type !== "string") return null;
    return value as { channel: string; event: BusEvent };
  } catch {
    return null;
  }
}
