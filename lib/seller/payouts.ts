import "server-only";
import { db } from "@/lib/db/client";
import { last12MonthsPeriod } from "@/lib/village/period";
import { toNumber } from "@/lib/village/scope";

/** Whether the shop can be paid, as the provider last told us (never as the browser says). */
export type PayoutAccountState = "none" | "unfinished" | "ready";

export type PayoutMonth = { month: string; paidOutFen: number; onTheWayFen: number };

type OwnPayoutShop = { id: string; payoutAccountId: string | null; payoutsEnabled: boolean };

function accountState(shop: OwnPayoutShop): PayoutAccountState {
  if (!shop.payoutAccountId) return "none";
  return shop.payoutsEnabled ? "ready" : "unfinished";
}

function ownPayoutShop(ownerId: string) {
  return db.shop.findUnique({
    where: { ownerId },
    select: { id: true, payoutAccountId: true, payoutsEnabled: true },
  });
}

/** Released to the shop but not sent yet: each accrued payout less what was refunded from it. */
async function onTheWayFen(ownerId: string): Promise<number> {
  const sum = await db.payout.aggregate({
    where: { status: "ACCRUED", shop: { ownerId } },
    _sum: { amountFen: true, refundedFen: true },
  });
  return (sum._sum.amountFen ?? 0) - (sum._sum.refundedFen ?? 0);
}

/**
 * What the shop has received: every transfer sent, less the parts taken back for refunds. A reversal
 * counts once the provider has made it (reversalRef set); until then the money is still the shop's.
 */
async function paidOutFen(ownerId: string): Promise<number> {
  const [sent, reversed] = await Promise.all([
    db.payout.aggregate({
      where: { status: "TRANSFERRED", shop: { ownerId } },
      _sum: { transferredFen: true },
    }),
    db.refund.aggregate({
      where: { reversalRef: { not: null }, shopOrder: { shop: { ownerId } } },
      _sum: { reversalFen: true },
    }),
  ]);
  return (sent._sum.transferredFen ?? 0) - (reversed._sum.reversalFen ?? 0);
}

/**
 * The last 12 Beijing months, oldest first, months without money included as zero. Paid out counts
 * in the month of its transfer, net of what was reversed from that transfer later (so a bar never
 * goes below zero and each parcel's money sits in one month); on the way counts in the month the
 * payout was released. Timestamps are passed as text, as in lib/village/scope.ts, so the session's
 * time zone cannot shift them.
 */
async function payoutsByMonth(shopId: string, now: Date): Promise<PayoutMonth[]> {
  const period = last12MonthsPeriod(now);
  const start = period.start.toISOString();
  const end = period.end.toISOString();
  const [paid, waiting] = await Promise.all([
    db.$queryRaw<{ month: string; fen: bigint }[]>`
      SELECT to_char(p."transferredAt" + interval '8 hours', 'YYYY-MM') AS "month",
             SUM(COALESCE(p."transferredFen", 0) - COALESCE(r."reversedFen", 0))::bigint AS "fen"
      FROM "Payout" p
      LEFT JOIN (
        SELECT "shopOrderId", SUM("reversalFen") AS "reversedFen"
        FROM "Refund" WHERE "reversalRef" IS NOT NULL GROUP BY 1
      ) r ON r."shopOrderId" = p."shopOrderId"
      WHERE p."shopId" = ${shopId} AND p."status" = 'TRANSFERRED'
        AND p."transferredAt" >= ${start}::timestamp AND p."transferredAt" < ${end}::timestamp
      GROUP BY 1`,
    db.$queryRaw<{ month: string; fen: bigint }[]>`
      SELECT to_char(p."createdAt" + interval '8 hours', 'YYYY-MM') AS "month",
             SUM(p."amountFen" - p."refundedFen")::bigint AS "fen"
      FROM "Payout" p
      WHERE p."shopId" = ${shopId} AND p."status" = 'ACCRUED'
        AND p."createdAt" >= ${start}::timestamp AND p."createdAt" < ${end}::timestamp
      GROUP BY 1`,
  ]);
  const paidBy = new Map(paid.map((row) => [row.month, toNumber(row.fen)]));
  const waitingBy = new Map(waiting.map((row) => [row.month, toNumber(row.fen)]));
  return period.months.map((month) => ({
    month,
    paidOutFen: paidBy.get(month) ?? 0,
    onTheWayFen: waitingBy.get(month) ?? 0,
  }));
}

/** The seller home's money tile: is the account ready, and how much is on its way. */
export async function getPayoutSummary(ownerId: string) {
  const shop = await ownPayoutShop(ownerId);
  if (!shop) return null;
  return { account: accountState(shop), onTheWayFen: await onTheWayFen(ownerId) };
}

/**
 * The seller's payouts page: the account's state, the money on its way and paid out, and both by
 * month. Only the seller's own shop (found by its owner); null for a seller without one.
 */
export async function getOwnPayouts(ownerId: string, now = new Date()) {
  const shop = await ownPayoutShop(ownerId);
  if (!shop) return null;
  const [waiting, paid, months] = await Promise.all([
    onTheWayFen(ownerId),
    paidOutFen(ownerId),
    payoutsByMonth(shop.id, now),
  ]);
  return {
    account: accountState(shop),
    onTheWayFen: waiting,
    paidOutFen: paid,
    months,
  };
}

export type OwnPayouts = NonNullable<Awaited<ReturnType<typeof getOwnPayouts>>>;
