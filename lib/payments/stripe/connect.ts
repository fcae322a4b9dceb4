import "server-only";
import { stripe } from "./client";

// Sellers' payout accounts (Connect) and the platform's transfers to them: separate charges and
// transfers, since one buyer's charge pays several shops.

export async function createStripeAccount(input: { shopId: string; email: string; idempotencyKey: string }) {
  const account = await stripe.accounts.create(
    {
      type: "express",
      email: input.email,
      capabilities: { transfers: { requested: true } },
      metadata: { shopId: input.shopId },
    },
    { idempotencyKey: input.idempotencyKey },
  );
  return { ref: account.id };
}

export async function stripeAccountLink(input: {
  accountRef: string;
  returnUrl: string;
  refreshUrl: string;
}) {
  const link = await stripe.accountLinks.create({
    account: input.accountRef,
    type: "account_onboarding",
    return_url: input.returnUrl,
    refresh_url: input.refreshUrl,
  });
  return { url: link.url };
}

export async function fetchStripeAccount(ref: string) {
  const account = await stripe.accounts.retrieve(ref);
  return {
    ref: account.id,
    ready: account.capabilities?.transfers === "active" && account.payouts_enabled === true,
  };
}

export async function stripeTransfer(input: {
  amountFen: number;
  currency: string;
  accountRef: string;
  group: string;
  sourceChargeRef: string;
  idempotencyKey: string;
  metadata: Record<string, string>;
}) {
  const transfer = await stripe.transfers.create(
    {
      amount: input.amountFen,
      currency: input.currency.toLowerCase(),
      destination: input.accountRef,
      transfer_group: input.group,
      source_transaction: input.sourceChargeRef,
      metadata: input.metadata,
    },
    { idempotencyKey: input.idempotencyKey },
  );
  return { ref: transfer.id };
}

/** `reverse_transfer` on a refund works only for destination charges, so reversals are explicit. */
export async function reverseStripeTransfer(input: {
  transferRef: string;
  amountFen: number;
  idempotencyKey: string;
}) {
  const reversal = await stripe.transfers.createReversal(
    input.transferRef,
    { amount: input.amountFen },
    { idempotencyKey: input.idempotencyKey },
  );
  return { ref: reversal.id };
}
