import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { type EventBus, eventBus } from "@/lib/events";
import { liveChannel } from "@/lib/live/channel";

// How often each server process tells every show how many of its streams are open. A viewer adds
// up the latest figure of each process (lib/live/chat/stream.ts), so on the redis or postgres bus
// several processes give one total; a process that stops reporting drops out after VIEWER_STALE_MS.
export const VIEWER_REPORT_MS = 3_000;
export const VIEWER_STALE_MS = 3 * VIEWER_REPORT_MS + 1_000;
export const PROCESS_ID = randomUUID();

type Reporter = {
  counts: Map<string, number>;
  dirty: Set<string>;
  // The bus each show's streams listen on (the process's own; a test may give its own).
  buses: Map<string, EventBus>;
  timer?: ReturnType<typeof setInterval>;
};
const globals = globalThis as { xyLiveViewers?: Reporter };
globals.xyLiveViewers ??= { counts: new Map(), dirty: new Set(), buses: new Map() };
const reporter: Reporter = globals.xyLiveViewers;

/** One more open stream of the show in this process; returns the call that closes it. */
export function viewerJoined(sessionId: string, bus: EventBus = eventBus()): () => void {
  reporter.counts.set(sessionId, (reporter.counts.get(sessionId) ?? 0) + 1);
  reporter.dirty.add(sessionId);
  reporter.buses.set(sessionId, bus);
  startReporting();
  // The newcomer should not wait a whole period for a figure.
  setTimeout(() => void report(), 200).unref?.();
  let left = false;
  return () => {
    if (left) return;
    left = true;
    reporter.counts.set(sessionId, Math.max(0, (reporter.counts.get(sessionId) ?? 1) - 1));
    reporter.dirty.add(sessionId);
  };
}

function startReporting() {
  if (reporter.timer) return;
  reporter.timer = setInterval(() => void report(), VIEWER_REPORT_MS);
  reporter.timer.unref?.();
}

/** Publishes this process's figure for every show it has viewers of (and once more when it drops to 0). */
async function report() {
  for (const [sessionId, count] of reporter.counts) {
    if (count === 0 && !reporter.dirty.has(sessionId)) {
      reporter.counts.delete(sessionId);
      reporter.buses.delete(sessionId);
      continue;
    }
    reporter.dirty.delete(sessionId);
    await (reporter.buses.get(sessionId) ?? eventBus())
      .publish(liveChannel(sessionId), { type: "viewers", count, process: PROCESS_ID })
      .catch((error: Error) => console.error("[live] viewer report failed:", error.message));
    // The seller's figure after the show: the most this process saw at once (one process: exact).
    if (count > 0) {
      await db.$executeRaw`
        UPDATE "LiveSession" SET "peakViewers" = ${count}
         WHERE "id" = ${sessionId} AND "peakViewers" < ${count}`.catch(() => undefined);
    }
  }
  if (reporter.counts.size === 0 && reporter.timer) {
    clearInterval(reporter.timer);
    reporter.timer = undefined;
  }
}

/** A viewer's running total over the processes that reported lately. */
export class ViewerTotal {
  private readonly latest = new Map<string, { count: number; at: number }>();
  add(process: string, count: number, now = Date.now()): number {
    this.latest.set(process, { count, at: now });
    let total = 0;
    for (const [key, entry] of this.latest) {
      if (now - entry.at > VIEWER_STALE_MS) this.latest.delete(key);
      else total += entry.count;
    }
    return total;
  }
}
