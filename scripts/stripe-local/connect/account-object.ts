import type Stripe from "stripe";
import { newId } from "../ids";

/** What Stripe asks of a new Express account before it may receive transfers. */
const ONBOARDING_REQUIREMENTS = [
  "business_type",
  "external_account",
  "individual.first_name",
  "individual.last_name",
  "tos_acceptance.date",
  "tos_acceptance.ip",
];

const DEFAULT_CURRENCIES = new Map([
  ["US", "usd"],
  ["HK", "hkd"],
  ["SG", "sgd"],
  ["GB", "gbp"],
  ["JP", "jpy"],
  ["AU", "aud"],
  ["CA", "cad"],
]);

export interface AccountInput {
  country: string;
  email: string | null;
  businessType: Stripe.Account.BusinessType | null;
  requestedCapabilities: string[];
  metadata: Stripe.Metadata;
}

export function newAccount(input: AccountInput, now: number): Stripe.Account {
  const capabilities: Record<string, string> = {};
  for (const name of input.requestedCapabilities) capabilities[name] = "inactive";
  const requirements = {
    alternatives: [],
    current_deadline: null,
    currently_due: [...ONBOARDING_REQUIREMENTS],
    disabled_reason: "requirements.past_due",
    errors: [],
    eventually_due: [...ONBOARDING_REQUIREMENTS],
    past_due: [...ONBOARDING_REQUIREMENTS],
    pending_verification: [],
  };
  return {
    id: newId("acct_", 16),
    object: "account",
    business_profile: {
      mcc: null,
      minority_owned_business_designation: null,
      name: null,
      specified_commercial_transactions_act_url: null,
      support_address: null,
      support_email: null,
      support_phone: null,
      support_url: null,
      url: null,
    },
    business_type: input.businessType,
    capabilities: capabilities as Stripe.Account.Capabilities,
    charges_enabled: false,
    controller: { fees: { payer: "application" }, is_controller: true, type: "application" },
    country: input.country,
    created: now,
    default_currency: DEFAULT_CURRENCIES.get(input.country) ?? "eur",
    details_submitted: false,
    email: input.email,
    external_accounts: { object: "list", data: [], has_more: false, url: "/v1/accounts/external_accounts" },
    future_requirements: {
      ...requirements,
      currently_due: [],
      eventually_due: [],
      past_due: [],
      disabled_reason: null,
    },
    metadata: input.metadata,
    payouts_enabled: false,
    requirements,
    settings: null,
    tos_acceptance: { date: null },
    type: "express",
  } as Stripe.Account;
}
