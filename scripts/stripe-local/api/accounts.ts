import type Stripe from "stripe";
import { newAccount } from "../connect/account-object";
import { requireAccount } from "../connect/onboarding";
import type { Ctx } from "../context";
import { invalidRequest } from "../errors";
import type { FormParams } from "../form";
import { pathId, type Route } from "./route";

export const accountRoutes: Route[] = [
  { method: "POST", path: /^\/accounts$/, handle: create },
  { method: "GET", path: /^\/accounts\/([^/]+)$/, handle: retrieve },
  { method: "POST", path: /^\/account_links$/, handle: createLink },
];

const BUSINESS_TYPES = ["individual", "company", "non_profit", "government_entity"] as const;
/** An account link lives five minutes, as Stripe's do. */
const LINK_LIFETIME_SECONDS = 300;

function create(ctx: Ctx, params: FormParams): Stripe.Account {
  params.rejectUnknown(["type", "country", "email", "capabilities", "business_type", "metadata", "expand"]);
  if (params.choice("type", ["express"]) === undefined) {
    throw invalidRequest("stripe-local supports only Express accounts: pass type=express.", {
      param: "type",
    });
  }
  const country = (params.string("country") ?? "US").toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw invalidRequest(`Invalid country: ${country}`, { param: "country" });
  // Stripe has no Connect accounts in mainland China; failing here tells the app before real Stripe does.
  if (country === "CN") {
    throw invalidRequest(
      "Connected accounts cannot be created in CN (mainland China is not a supported country).",
      {
        param: "country",
      },
    );
  }
  const requested = requestedCapabilities(params);
  if (!requested.includes("transfers")) {
    throw invalidRequest("Express accounts must request the transfers capability.", {
      param: "capabilities[transfers][requested]",
    });
  }
  const account = newAccount(
    {
      country,
      email: params.email("email") ?? null,
      businessType: params.choice("business_type", BUSINESS_TYPES) ?? null,
      requestedCapabilities: requested,
      metadata: params.metadata(),
    },
    ctx.now,
  );
  ctx.state.accounts[account.id] = account;
  return account;
}

function requestedCapabilities(params: FormParams): string[] {
  const capabilities = params.object("capabilities");
  if (!capabilities) return [];
  capabilities.rejectUnknown(["transfers", "card_payments"]);
  return ["transfers", "card_payments"].filter((name) => {
    const capability = capabilities.object(name);
    capability?.rejectUnknown(["requested"]);
    return capability?.boolean("requested") === true;
  });
}

function retrieve(ctx: Ctx, params: FormParams, ids: string[]): Stripe.Account {
  params.rejectUnknown(["expand"]);
  return requireAccount(ctx.state, pathId(ids));
}

/** The onboarding link points at this server's page, which carries where to go back to. */
function createLink(ctx: Ctx, params: FormParams): Stripe.AccountLink {
  params.rejectUnknown(["account", "refresh_url", "return_url", "type", "collect", "expand"]);
  const account = requireAccount(ctx.state, params.requiredString("account"), "account");
  if (params.choice("type", ["account_onboarding"]) === undefined) {
    throw invalidRequest("Missing required param: type.", { param: "type" });
  }
  params.choice("collect", ["currently_due", "eventually_due"]);
  const returnUrl = params.url("return_url");
  const refreshUrl = params.url("refresh_url");
  if (!returnUrl) throw invalidRequest("Missing required param: return_url.", { param: "return_url" });
  if (!refreshUrl) throw invalidRequest("Missing required param: refresh_url.", { param: "refresh_url" });
  const expiresAt = ctx.now + LINK_LIFETIME_SECONDS;
  const query = new URLSearchParams({ return: returnUrl, refresh: refreshUrl, expires: String(expiresAt) });
  return {
    object: "account_link",
    created: ctx.now,
    expires_at: expiresAt,
    url: `${ctx.app.baseUrl}/connect/onboard/${account.id}?${query}`,
  };
}
