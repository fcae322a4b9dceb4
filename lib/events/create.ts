import { MemoryBus } from "./memory-bus";
import { PostgresBus } from "./postgres-bus";
import { RedisBus } from "./redis-bus";
import type { EventBus } from "./types";

export type EventBusKind = "memory" | "redis" | "postgres";

/** Builds a bus of the configured kind; no `server-only`, so a test can build two side by side. */
export function createEventBus(options: {
  kind: EventBusKind;
  redisUrl?: string;
  databaseUrl: string;
  notify: (sql: string, values: unknown[]) => Promise<unknown>;
}): EventBus {
  if (options.kind === "redis") {
    if (!options.redisUrl) throw new Error("EVENT_BUS=redis needs REDIS_URL");
    return new RedisBus(options.redisUrl);
  }
  if (options.kind === "postgres") return new PostgresBus(options.databaseUrl, options.notify);
  return new MemoryBus();
}
