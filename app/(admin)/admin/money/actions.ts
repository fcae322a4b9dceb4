"use server";

import type { ReconcileState } from "@/components/admin/reconcile-panel";
import { sessionUserId } from "@/lib/auth/session";
import { reconcileVillagePeriod } from "@/lib/village/reconcile";

/** Compares the period's books with the payment provider's; read-only, so nothing to revalidate. */
export async function reconcileAction(_prev: ReconcileState, formData: FormData): Promise<ReconcileState> {
  const result = await reconcileVillagePeriod(await sessionUserId(), formData.get("period") ?? undefined);
  if (!result.ok) return { ok: false, error: result.error };
  return { ok: true, ...result.data, checkedAt: new Date().toISOString() };
}
