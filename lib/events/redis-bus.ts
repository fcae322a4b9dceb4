import { Redis } from "ioredis";
import { ListenerTable, parseEnvelope } from "./listeners";
import type { BusEvent, BusListener, EventBus } from "./types";

const PREFIX = "xy:events:";

/**
 * Redis pub/sub: one connection publishes, one subscribes (a subscribed connection can do nothing
 * else). ioredis re-subscribes by itself after a reconnect; what was published meanwhile is read from
 * the database by the viewers' catch-up, never lost.
 */
export class RedisBus implements EventBus {
  readonly kind = "redis" as const;
  private readonly listeners = new ListenerTable();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  constructor(url: string) {
    this.publisher = new Redis(url, { maxRetriesPerRequest: 2 });
    // No ready check on the subscriber: a SUBSCRIBE sent while it still connects puts the connection
    // in subscriber mode, and the check's INFO then fails ("only subscriber commands may be used"),
    // leaving the first viewers of a fresh process deaf.
    this.subscriber = new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: false });
    for (const client of [this.publisher, this.subscriber]) {
      client.on("error", (error) => console.error("[events] redis:", error.message));
    }
    this.subscriber.on("message", (redisChannel: string, text: string) => {
      const envelope = parseEnvelope(text);
      if (envelope && redisChannel === PREFIX + envelope.channel)
        this.listeners.deliver(envelope.channel, envelope.event);
    });
  }

  async publish(channel: string, event: BusEvent): Promise<void> {
    await this.publisher.publish(PREFIX + channel, JSON.stringify({ channel, event }));
  }

  async subscribe(channel: string, listener: BusListener): Promise<() => void> {
    if (this.listeners.add(channel, listener)) await this.subscriber.subscribe(PREFIX + channel);
    return () => {
      if (this.listeners.remove(channel, listener))
        void this.subscriber.unsubscribe(PREFIX + channel).catch(() => {});
    };
  }

  async close(): Promise<void> {
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
