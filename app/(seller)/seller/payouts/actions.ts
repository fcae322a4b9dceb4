"use server";

import { redirect } from "next/navigation";
import type { PayoutConnectState } from "@/components/seller/payout-connect-button";
import { fail } from "@/lib/actions/result";
import { sessionUserId } from "@/lib/auth/session";
import { startPayoutOnboarding } from "@/lib/payments/payout-account";

/**
 * "Connect payout account": sends the seller to the provider's onboarding page. Nothing from the
 * form is passed on: which account, and whether it is ready, are the provider's to say.
 */
export async function connectPayoutAction(
  _state: PayoutConnectState,
  _formData: FormData,
): Promise<PayoutConnectState> {
  const userId = await sessionUserId();
  let result: Awaited<ReturnType<typeof startPayoutOnboarding>>;
  try {
    result = await startPayoutOnboarding(userId, {});
  } catch (error) {
    // The provider did not answer: the seller can press again (the account is created once, by key).
    console.error("[payouts] could not open the onboarding page", error);
    return fail("provider_unavailable");
  }
  if (!result.ok) return result;
  redirect(result.data.url);
}
