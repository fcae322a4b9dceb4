import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { enqueueSoon, QUEUES } from "@/lib/jobs/queue";
import { paymentProvider } from "./provider";

// Nothing about the account comes from the form: its id is the provider's answer, and whether it can
// be paid is what the provider says (account.updated, or a re-fetch), never the browser.
const noFields = z.object({}).strict();

/**
 * The seller's "Connect payout account": creates the shop's account with the provider once (keyed by
 * the shop), and answers the provider's onboarding page to send the seller to.
 */
export async function startPayoutOnboarding(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<{ url: string }>> {
  const guard = await loadActor(userId, ["SELLER"]);
  if (!guard.ok) return guard;
  const parsed = noFields.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const shop = await db.shop.findUnique({
    where: { ownerId: guard.actor.id },
    select: { id: true, status: true, payoutAccountId: true, owner: { select: { email: true } } },
  });
  if (!shop) return fail("not_found");
  if (shop.status === "SUSPENDED") return fail("forbidden");
  let accountRef = shop.payoutAccountId;
  if (!accountRef) {
    const account = await paymentProvider.createPayoutAccount({
      shopId: shop.id,
      email: shop.owner.email,
      idempotencyKey: `account:${shop.id}`,
    });
    await db.shop.updateMany({
      where: { id: shop.id, payoutAccountId: null },
      data: { payoutAccountId: account.ref },
    });
    accountRef = (await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).payoutAccountId ?? account.ref;
  }
  const base = env.NEXTAUTH_URL.replace(/\/$/, "");
  const link = await paymentProvider.payoutAccountLink({
    accountRef,
    returnUrl: `${base}/seller/payouts?back=1`,
    refreshUrl: `${base}/seller/payouts`,
  });
  return { ok: true, data: { url: link.url } };
}

/**
 * Back from onboarding: the account's state is re-read from the provider (the seller's browser only
 * tells us to look), and accrued payouts go out once it can be paid.
 */
export async function refreshPayoutAccount(userId: string): Promise<boolean> {
  const shop = await db.shop.findUnique({
    where: { ownerId: userId },
    select: { id: true, payoutAccountId: true },
  });
  if (!shop?.payoutAccountId) return false;
  const account = await paymentProvider.fetchPayoutAccount(shop.payoutAccountId);
  await db.shop.update({ where: { id: shop.id }, data: { payoutsEnabled: account.ready } });
  if (account.ready) await enqueueSoon(QUEUES.transferDue, { shopId: shop.id });
  return account.ready;
}
