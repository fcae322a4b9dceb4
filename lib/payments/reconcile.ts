import "server-only";
import { db } from "@/lib/db/client";
import { paymentProvider } from "./provider";

export type Difference = {
  kind: "charge" | "refund" | "transfer";
  ref: string;
  problem: "missing_at_provider" | "unknown_to_us" | "amount_differs";
  oursFen: number | null;
  theirsFen: number | null;
};

const DAY_MS = 86_400_000;

/**
 * Compares our payments, refunds and transfers of a period with the provider's and lists every
 * difference. Ours are taken by when they happened here; the provider's are listed a day wider on
 * each side, so an object made just across the boundary is not reported missing.
 */
export async function reconcilePeriod(range: { from: Date; to: Date }): Promise<Difference[]> {
  const theirs = await paymentProvider.listActivity({
    from: new Date(range.from.getTime() - DAY_MS),
    to: new Date(range.to.getTime() + DAY_MS),
  });
  const inRange = { gte: range.from, lt: range.to };
  const [payments, refunds, payouts] = await Promise.all([
    db.payment.findMany({
      where: { provider: paymentProvider.name, chargeRef: { not: null }, updatedAt: inRange },
      select: { chargeRef: true, receivedFen: true, refundRef: true },
    }),
    db.refund.findMany({
      where: { providerRef: { not: null }, createdAt: inRange },
      select: { providerRef: true, amountFen: true },
    }),
    db.payout.findMany({
      where: { transferRef: { not: null }, transferredAt: inRange },
      select: {
        transferRef: true,
        transferredFen: true,
        shopOrder: {
          select: { refunds: { where: { reversalRef: { not: null } }, select: { reversalFen: true } } },
        },
      },
    }),
  ]);
  const returnRefs = new Map(
    payments.flatMap((p) =>
      p.refundRef && p.receivedFen !== null ? [[p.refundRef, p.receivedFen] as const] : [],
    ),
  );
  const differences = [
    ...compare(
      "charge",
      payments.map((p) => [p.chargeRef ?? "", p.receivedFen ?? 0]),
      theirs.charges.map((c) => [c.ref, c.amountFen]),
    ),
    ...compare(
      "refund",
      [...refunds.map((r) => [r.providerRef ?? "", r.amountFen] as const), ...returnRefs],
      theirs.refunds
        .filter((r) => r.status !== "failed" && r.status !== "canceled")
        .map((r) => [r.ref, r.amountFen]),
    ),
    ...compare(
      "transfer",
      payouts.map((p) => [
        p.transferRef ?? "",
        (p.transferredFen ?? 0) - p.shopOrder.refunds.reduce((sum, r) => sum + r.reversalFen, 0),
      ]),
      theirs.transfers.map((t) => [t.ref, t.amountFen - t.reversedFen]),
    ),
  ];
  // A refund recorded here but never accepted by the provider: the buyer is still owed it.
  const settledBefore = new Date(Math.min(range.to.getTime(), Date.now() - 5 * 60_000));
  const unsent = await db.refund.findMany({
    where: { providerRef: null, createdAt: { gte: range.from, lt: settledBefore } },
    select: { id: true, amountFen: true },
  });
  for (const refund of unsent) {
    differences.push({
      kind: "refund",
      ref: `refund:${refund.id}`,
      problem: "missing_at_provider",
      oursFen: refund.amountFen,
      theirsFen: null,
    });
  }
  return dropKnownElsewhere(differences);
}

function compare(
  kind: Difference["kind"],
  ours: (readonly [string, number])[],
  theirs: (readonly [string, number])[],
): Difference[] {
  const theirMap = new Map(theirs);
  const ourMap = new Map(ours);
  const differences: Difference[] = [];
  for (const [ref, oursFen] of ourMap) {
    const theirsFen = theirMap.get(ref);
    if (theirsFen === undefined)
      differences.push({ kind, ref, problem: "missing_at_provider", oursFen, theirsFen: null });
    else if (theirsFen !== oursFen)
      differences.push({ kind, ref, problem: "amount_differs", oursFen, theirsFen });
  }
  for (const [ref, theirsFen] of theirMap) {
    if (!ourMap.has(ref)) differences.push({ kind, ref, problem: "unknown_to_us", oursFen: null, theirsFen });
  }
  return differences;
}

/**
 * The provider's side was listed a day wider, so some of theirs belong to our neighbouring periods:
 * only the ones we do not know at all are differences.
 */
async function dropKnownElsewhere(differences: Difference[]): Promise<Difference[]> {
  const unknown = differences.filter((d) => d.problem === "unknown_to_us");
  if (unknown.length === 0) return differences;
  const refs = unknown.map((d) => d.ref);
  const [payments, refunds, returns, payouts] = await Promise.all([
    db.payment.findMany({ where: { chargeRef: { in: refs } }, select: { chargeRef: true } }),
    db.refund.findMany({ where: { providerRef: { in: refs } }, select: { providerRef: true } }),
    db.payment.findMany({ where: { refundRef: { in: refs } }, select: { refundRef: true } }),
    db.payout.findMany({ where: { transferRef: { in: refs } }, select: { transferRef: true } }),
  ]);
  const known = new Set([
    ...payments.map((p) => p.chargeRef),
    ...refunds.map((r) => r.providerRef),
    ...returns.map((p) => p.refundRef),
    ...payouts.map((p) => p.transferRef),
  ]);
  return differences.filter((d) => d.problem !== "unknown_to_us" || !known.has(d.ref));
}

/** The daily job: reconciles one UTC day (yesterday by default) and logs what differs. */
export async function reconcileDay(day?: string) {
  const from = day
    ? new Date(`${day}T00:00:00Z`)
    : new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS - DAY_MS);
  const differences = await reconcilePeriod({ from, to: new Date(from.getTime() + DAY_MS) });
  if (differences.length > 0) console.warn(`[reconcile] ${differences.length} differences`, differences);
  return differences;
}
