import "server-only";
import { headers } from "next/headers";
import { type FailedResult, fail } from "@/lib/actions/result";
import { clientAddress } from "./client-address";
import { type ActionLimit, throttle } from "./rate-limit";

/** The calling client's address inside a server action or route handler. */
export async function requestAddress(): Promise<string> {
  return clientAddress(await headers());
}

/** The same, or null outside a request (a job, a script, a test calling a use case directly). */
export async function requestAddressIfAny(): Promise<string | null> {
  try {
    return await requestAddress();
  } catch {
    return null;
  }
}

/**
 * For server actions: null when the caller may go on, else the "throttled" failure to return (the
 * forms say "too many attempts, wait a minute"; the refusal is logged with the wait).
 */
export async function throttleAction(name: ActionLimit, userId: string | null): Promise<FailedResult | null> {
  const ip = await requestAddressIfAny();
  // Signed-in callers are counted per user (one user cannot dodge it by changing networks), others
  // per client address.
  const result = await throttle(name, userId ? `user:${userId}` : `ip:${ip ?? "direct"}`, { userId, ip });
  return result.ok ? null : fail("throttled");
}
