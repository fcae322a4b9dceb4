"use server";

import { signUpBuyer } from "@/lib/accounts/sign-up-buyer";
import { signUpSeller } from "@/lib/accounts/sign-up-seller";
import type { ActionResult } from "@/lib/actions/result";
import { throttleAction } from "@/lib/security/request";

// Sign-up is open to anyone, so there is no caller to check; the use cases validate everything.
// Ids stay on the server: the browser only learns whether it worked, and an email that is already
// registered "works" too (nothing is written), so sign-up does not tell who has an account.

export async function signUpBuyerAction(formData: FormData): Promise<ActionResult> {
  const throttled = await throttleAction("signUp", null);
  if (throttled) return throttled;
  const result = await signUpBuyer(Object.fromEntries(formData));
  return result.ok ? { ok: true } : result;
}

export async function signUpSellerAction(formData: FormData): Promise<ActionResult> {
  const throttled = await throttleAction("signUp", null);
  if (throttled) return throttled;
  const result = await signUpSeller(Object.fromEntries(formData));
  return result.ok ? { ok: true } : result;
}
