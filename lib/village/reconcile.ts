import "server-only";
import { type ActionResult, fail } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { type Difference, reconcilePeriod } from "@/lib/payments/reconcile";
import { chosenPeriod } from "./years";

export type { Difference };

/**
 * The provider account is the platform's, so reconcilePeriod compares everything. A village admin
 * sees the differences about their own village's money, and those the provider has that we cannot
 * place at all (unknown to us, so no village can be told apart): never another village's refs.
 */
async function ofVillage(villageId: string, differences: Difference[]): Promise<Difference[]> {
  const refs = differences.filter((d) => d.problem !== "unknown_to_us").map((d) => d.ref);
  if (refs.length === 0) return differences;
  const inVillage = { shopOrders: { some: { shop: { villageId } } } };
  const [charges, refunds, returns, transfers] = await Promise.all([
    db.payment.findMany({
      where: { chargeRef: { in: refs }, order: inVillage },
      select: { chargeRef: true },
    }),
    db.refund.findMany({
      where: { providerRef: { in: refs }, shopOrder: { shop: { villageId } } },
      select: { providerRef: true },
    }),
    db.payment.findMany({
      where: { refundRef: { in: refs }, order: inVillage },
      select: { refundRef: true },
    }),
    db.payout.findMany({
      where: { transferRef: { in: refs }, shop: { villageId } },
      select: { transferRef: true },
    }),
  ]);
  const ours = new Set<string | null>([
    ...charges.map((p) => p.chargeRef),
    ...refunds.map((r) => r.providerRef),
    ...returns.map((p) => p.refundRef),
    ...transfers.map((p) => p.transferRef),
  ]);
  return differences.filter((d) => d.problem === "unknown_to_us" || ours.has(d.ref));
}

/** Runs reconciliation for the period the admin is looking at; only a village admin may. */
export async function reconcileVillagePeriod(
  userId: string | null,
  periodParam: unknown,
  now = new Date(),
): Promise<ActionResult<{ differences: Difference[]; periodKey: string }>> {
  const guard = await loadActor(userId, ["ADMIN"]);
  if (!guard.ok) return guard;
  const villageId = guard.actor.villageId;
  if (!villageId) return fail("not_found");
  const { period } = await chosenPeriod(
    villageId,
    typeof periodParam === "string" ? periodParam : undefined,
    now,
  );
  const differences = await reconcilePeriod({ from: period.start, to: period.end });
  return { ok: true, data: { differences: await ofVillage(villageId, differences), periodKey: period.key } };
}
