import "server-only";
import { db } from "@/lib/db/client";
import { expireOverdueOrders } from "@/lib/orders/expire";
import { transferDuePayouts, transferPayout } from "@/lib/payments/payouts";
import { reconcileDay } from "@/lib/payments/reconcile";
import { retryStuckMoney, returnPayment } from "@/lib/payments/refund-sync";
import { backfillSearch } from "@/lib/search/refresh";
import { recountSales } from "@/lib/search/sales";
import { pruneSecurityEvents } from "@/lib/security/events";
import { repairSalesRollups } from "@/lib/village/rollups/repair";
import { jobQueue, QUEUES, type QueueName } from "./queue";

type Handler = (data: Record<string, string>) => Promise<unknown>;

/** What each queue does. Every handler is idempotent: a retry or a crash midway moves money once. */
const handlers: Record<QueueName, Handler> = {
  [QUEUES.expireOverdue]: () => expireOverdueOrders(),
  [QUEUES.transferPayout]: ({ shopOrderId = "" }) => transferPayout(shopOrderId),
  [QUEUES.transferDue]: ({ shopId }) => transferDuePayouts(shopId),
  [QUEUES.returnPayment]: ({ paymentId = "" }) => returnPayment(paymentId),
  [QUEUES.retryStuck]: () => retryStuckMoney(),
  [QUEUES.reconcile]: ({ day }) => reconcileDay(day),
  [QUEUES.pruneSecurityEvents]: () => pruneSecurityEvents(),
  [QUEUES.searchBackfill]: () => backfillSearch(db),
  [QUEUES.salesRecount]: () => recountSales(db),
  [QUEUES.salesRollupsRepair]: () => repairSalesRollups(),
};

/**
 * The sweeps. Expiry is one every minute rather than a job per order: no extra write on the checkout
 * path, and an order is closed at most a minute after its time (its provider session closes on the
 * dot by itself). The others are the safety net for any job lost between a commit and its enqueue.
 */
const schedules: [QueueName, string][] = [
  [QUEUES.expireOverdue, "* * * * *"],
  [QUEUES.transferDue, "*/5 * * * *"],
  [QUEUES.retryStuck, "*/2 * * * *"],
  // Yesterday (Beijing time) reconciled every morning at 03:10.
  [QUEUES.reconcile, "10 19 * * *"],
  // Security events older than 90 days go, every night at 04:20 Beijing time.
  [QUEUES.pruneSecurityEvents, "20 20 * * *"],
  // Search fields a write left stale (lib/search/refresh.ts), and the sales that rank results.
  [QUEUES.searchBackfill, "* * * * *"],
  [QUEUES.salesRecount, "*/10 * * * *"],
  // The village figures' rollups checked against the orders of the last two months, 04:40 Beijing.
  [QUEUES.salesRollupsRepair, "40 20 * * *"],
];

const globalForWorker = globalThis as unknown as { workerStarted?: boolean };

/** Starts working the queues in this process (the Next server, via instrumentation.ts). */
export async function startJobWorker() {
  if (globalForWorker.workerStarted) return;
  globalForWorker.workerStarted = true;
  const boss = await jobQueue();
  for (const [name, handler] of Object.entries(handlers)) {
    await boss.work<Record<string, string>>(name, { batchSize: 1 }, async ([job]) => {
      if (job) await handler(job.data ?? {});
    });
  }
  for (const [name, cron] of schedules) await boss.schedule(name, cron, {}, { tz: "UTC" });
  console.log("[jobs] worker started");
}
