import type Stripe from "stripe";
import type { Ctx } from "../context";
import { missingResource } from "../errors";
import { emitEvent } from "../events";
import { own, type State } from "../store";

export function requireAccount(state: State, id: string, param = "id"): Stripe.Account {
  const account = own(state.accounts, id);
  if (!account) throw missingResource("account", id, param);
  return account;
}

/** What finishing Stripe's hosted onboarding does: every requested capability becomes active. */
export function onboardAccount(ctx: Ctx, accountId: string): Stripe.Account {
  const account = requireAccount(ctx.state, accountId);
  const previous = {
    capabilities: { ...account.capabilities },
    charges_enabled: account.charges_enabled,
    details_submitted: account.details_submitted,
    payouts_enabled: account.payouts_enabled,
    requirements: structuredClone(account.requirements),
  };
  const capabilities: Record<string, string> = {};
  for (const name of Object.keys(account.capabilities ?? {})) capabilities[name] = "active";
  account.capabilities = capabilities as Stripe.Account.Capabilities;
  account.charges_enabled = true;
  account.payouts_enabled = true;
  account.details_submitted = true;
  account.requirements = {
    alternatives: [],
    current_deadline: null,
    currently_due: [],
    disabled_reason: null,
    errors: [],
    eventually_due: [],
    past_due: [],
    pending_verification: [],
  };
  account.tos_acceptance = { date: ctx.now, ip: "127.0.0.1" };
  // Connect events name the connected account they are about.
  emitEvent(ctx, "account.updated", account, { account: account.id, previousAttributes: previous });
  return account;
}
