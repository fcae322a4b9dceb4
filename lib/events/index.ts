import "server-only";
import { pool } from "@/lib/db/client";
import { env } from "@/lib/env";
import { createEventBus } from "./create";
import type { EventBus } from "./types";

export type { BusEvent, EventBus } from "./types";

const globals = globalThis as { xyEventBus?: EventBus };

/** This process's bus, as `EVENT_BUS` chose it (memory, redis or postgres). */
export function eventBus(): EventBus {
  globals.xyEventBus ??= createEventBus({
    kind: env.EVENT_BUS,
    redisUrl: env.REDIS_URL,
    databaseUrl: env.DATABASE_URL,
    notify: (sql, values) => pool.query(sql, values),
  });
  return globals.xyEventBus;
}

/**
 * Publishes after the caller's write has committed. A failed publish is logged, not thrown: the
 * write stands, and every viewer still gets it from the database when it next catches up.
 */
export async function publishAfterCommit(
  channels: string[],
  event: { type: string; [key: string]: unknown },
  bus: EventBus = eventBus(),
) {
  await Promise.all(
    channels.map((channel) =>
      bus
        .publish(channel, event)
        .catch((error: Error) => console.error("[events] publish failed:", error.message)),
    ),
  );
}
