import "server-only";
import { loadActor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Period } from "./period";
import { rollupRange } from "./rollups/range";
import { toNumber, type Window } from "./scope";
import { chosenPeriod } from "./years";

/**
 * Where the net sales of the period's paid shop orders went, every figure a sum over those shop
 * orders (dated by when they were paid, like the sales figures), so the parts add up to the whole:
 * net sales = commission + payouts made + payouts owed + reversals on their way + not released yet.
 */
export type MoneyFigures = {
  netSalesFen: number;
  /** The platform's commission, less the commission given back with refunds. */
  commissionFen: number;
  /** Sent to the shops' accounts, less what was taken back from them (reversals the provider made). */
  payoutsMadeFen: number;
  /** Released to the shops but not sent yet (waiting for a payout account or the transfer job). */
  payoutsOwedFen: number;
  /** Refunds after a payout went out whose reversal the provider has not made yet. */
  reversalsPendingFen: number;
  /** The shops' part of shop orders whose payout has not been released. */
  notReleasedFen: number;
};

export type FlaggedPayment = {
  id: string;
  orderNumber: string;
  flag: string;
  /** What the order asked for, and what the provider says arrived. */
  amountFen: number;
  receivedFen: number | null;
  /** Whether the money went back to the buyer (the provider's refund exists). */
  refundSent: boolean;
  createdAt: Date;
};

export type VillageMoney = {
  village: { id: string; nameZh: string; nameEn: string };
  period: Period;
  pastYears: number[];
  figures: MoneyFigures;
  flagged: FlaggedPayment[];
};

const FLAGGED_LIMIT = 200;

type FigureRow = { [key in keyof MoneyFigures]: bigint | null };

/**
 * The money figures of one village's shop orders paid in the window, from the money rollups
 * (prisma/migrations/…_money_rollups: per shop and Beijing month, kept by triggers on ShopOrder,
 * Payout and Refund) and the sales rollups' net sales: a year is at most 12 rows per shop, whatever
 * the number of orders. The window must be whole Beijing months, as every period of the page is.
 */
export async function moneyFigures(villageId: string, window: Window): Promise<MoneyFigures> {
  const range = rollupRange(window);
  if (range.grain !== "month") throw new Error("Money figures are kept per Beijing month");
  const months = Prisma.sql`"villageId" = ${villageId} AND "month" >= ${range.from}::date AND "month" < ${range.to}::date`;
  const rows = await db.$queryRaw<FigureRow[]>`
    SELECT (SELECT COALESCE(SUM("grossFen" - "refundsFen"), 0) FROM "ShopMonthSales" WHERE ${months})::bigint AS "netSalesFen",
           COALESCE(SUM("commissionFen"), 0)::bigint AS "commissionFen",
           COALESCE(SUM("payoutsMadeFen"), 0)::bigint AS "payoutsMadeFen",
           COALESCE(SUM("payoutsOwedFen"), 0)::bigint AS "payoutsOwedFen",
           COALESCE(SUM("reversalsPendingFen"), 0)::bigint AS "reversalsPendingFen",
           COALESCE(SUM("notReleasedFen"), 0)::bigint AS "notReleasedFen"
    FROM "ShopMonthMoney" WHERE ${months}`;
  const row = rows[0];
  return {
    netSalesFen: toNumber(row?.netSalesFen),
    commissionFen: toNumber(row?.commissionFen),
    payoutsMadeFen: toNumber(row?.payoutsMadeFen),
    payoutsOwedFen: toNumber(row?.payoutsOwedFen),
    reversalsPendingFen: toNumber(row?.reversalsPendingFen),
    notReleasedFen: toNumber(row?.notReleasedFen),
  };
}

/**
 * Payments the settler could not take for their order (the wrong amount, or paid after the order was
 * closed) and sent back whole: opened in the window, for an order with a parcel of the village.
 */
export async function flaggedPayments(villageId: string, window: Window): Promise<FlaggedPayment[]> {
  // Read from the partial index of flagged payments (…_flagged_payments_index): a year holds a handful of them
  // among a million payments, so the work is the flagged ones, not the year.
  const rows = await db.$queryRaw<(Omit<FlaggedPayment, "refundSent"> & { refundRef: string | null })[]>`
    SELECT p."id", o."number" AS "orderNumber", p."flag", p."amountFen", p."receivedFen", p."refundRef",
           p."createdAt"
    FROM "Payment" p
    JOIN "Order" o ON o."id" = p."orderId"
    WHERE p."flag" IS NOT NULL
      AND p."createdAt" >= ${window.start.toISOString()}::timestamp
      AND p."createdAt" < ${window.end.toISOString()}::timestamp
      AND EXISTS (
        SELECT 1 FROM "ShopOrder" so JOIN "Shop" s ON s."id" = so."shopId"
        WHERE so."orderId" = p."orderId" AND s."villageId" = ${villageId})
    ORDER BY p."createdAt" DESC, p."id"
    LIMIT ${FLAGGED_LIMIT}`;
  return rows.map(({ refundRef, ...payment }) => ({
    ...payment,
    flag: payment.flag ?? "",
    refundSent: refundRef !== null,
  }));
}

/**
 * The money page of the caller's own village: the role and the village are read from the database,
 * so only a village admin gets one, and only of their village. Null for anyone else.
 */
export async function villageMoney(
  userId: string | null,
  periodParam: string | string[] | undefined,
  now = new Date(),
): Promise<VillageMoney | null> {
  const guard = await loadActor(userId, ["ADMIN"]);
  if (!guard.ok || !guard.actor.villageId) return null;
  const village = await db.village.findUnique({
    where: { id: guard.actor.villageId },
    select: { id: true, nameZh: true, nameEn: true },
  });
  if (!village) return null;
  const { period, pastYears } = await chosenPeriod(village.id, periodParam, now);
  const [figures, flagged] = await Promise.all([
    moneyFigures(village.id, period),
    flaggedPayments(village.id, period),
  ]);
  return { village, period, pastYears, figures, flagged };
}
