import "server-only";
import type { AccountLinkInput, PayoutAccountInput, ReversalInput, TransferInput } from "../types";
import { stripe } from "./client";

// Sellers' payout accounts (Connect) and the platform's transfers to them: separate charges and
// transfers, since one buyer's charge pays several shops.

export async function createStripeAccount(input: PayoutAccountInput) {
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

export async function stripeAccountLink(input: AccountLinkInput) {
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

export async function stripeTransfer(input: TransferInput) {
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
export async function reverseStripeTransfer(input: ReversalInput) {
  const reversal = await stripe.transfers.createReversal(
    input.transferRef,
    { amount: input.amountFen },
    { idempotencyKey: input.idempotencyKey },
  );
  return { ref: reversal.id };
}
