import "server-only";
import PgBoss from "pg-boss";
import { pool } from "@/lib/db/client";
import { env } from "@/lib/env";

/**
 * Deferred work on pg-boss, a job queue kept in PostgreSQL itself (schema `pgboss`): no other server
 * to run, it polls rather than LISTENs (so it works on the embedded database), and it has delayed
 * jobs, retries with backoff, singleton keys and cron schedules. It shares the app's pool.
 */
export const QUEUES = {
  expireOverdue: "orders-expire-overdue",
  transferPayout: "payout-transfer",
  transferDue: "payouts-transfer-due",
  returnPayment: "payment-return",
  retryStuck: "money-retry-stuck",
  reconcile: "payments-reconcile",
  pruneSecurityEvents: "security-events-prune",
  searchBackfill: "search-backfill",
  salesRecount: "search-sales-recount",
  salesRollupsRepair: "sales-rollups-repair",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

function createBoss() {
  // Only the worker's process (JOBS=on) maintains the queue and runs its schedules; a process that
  // only sends jobs (tests, scripts) leaves both alone.
  const works = env.JOBS === "on";
  return new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) },
    schema: "pgboss",
    pollingIntervalSeconds: 1,
    supervise: works,
    schedule: works,
  });
}

const globalForJobs = globalThis as unknown as { boss?: PgBoss; bossReady?: Promise<PgBoss> };

/** The started queue (schema created on first use), shared by the producer and the worker. */
export function jobQueue(): Promise<PgBoss> {
  globalForJobs.bossReady ??= (async () => {
    const boss = createBoss();
    boss.on("error", (error) => console.error("[jobs]", error));
    await boss.start();
    for (const name of Object.values(QUEUES)) await boss.createQueue(name);
    globalForJobs.boss = boss;
    return boss;
  })();
  return globalForJobs.bossReady;
}

/** Stops the queue of this process (scripts that end). */
export async function stopJobQueue() {
  if (!globalForJobs.bossReady) return;
  const boss = await globalForJobs.bossReady.catch(() => null);
  globalForJobs.bossReady = undefined;
  await boss?.stop({ graceful: false, wait: true });
}

export type JobOptions = { startAfter?: Date; singletonKey?: string };

/**
 * Queues a job. Called after the transaction that made it necessary has committed; if the process
 * dies in between, the sweeping jobs (overdue orders, due payouts, stuck refunds) pick the work up.
 */
export async function enqueue(name: QueueName, data: Record<string, string>, options: JobOptions = {}) {
  const boss = await jobQueue();
  await boss.send(name, data, {
    retryLimit: 8,
    retryDelay: 5,
    retryBackoff: true,
    ...(options.startAfter && { startAfter: options.startAfter }),
    ...(options.singletonKey && { singletonKey: options.singletonKey }),
  });
}

/** Queues without letting a queue failure undo work that already committed: the sweeps retry it. */
export async function enqueueSoon(name: QueueName, data: Record<string, string>, options: JobOptions = {}) {
  try {
    await enqueue(name, data, options);
  } catch (error) {
    console.error(`[jobs] could not queue ${name}; the sweep will pick it up`, error);
  }
}
