import "server-only";
import type { PaymentProvider } from "../types";
import { expireStripeCheckout, fetchStripeCheckout, openStripeCheckout } from "./checkout";
import {
  createStripeAccount,
  fetchStripeAccount,
  reverseStripeTransfer,
  stripeAccountLink,
  stripeTransfer,
} from "./connect";
import { parseStripeEvent } from "./events";
import { fetchStripeRefund, listStripeActivity, stripeRefund } from "./money-back";

/** The only place the Stripe SDK is reached from: everything else talks to PaymentProvider. */
export const stripeProvider: PaymentProvider = {
  name: "stripe",
  openCheckout: openStripeCheckout,
  fetchCheckout: fetchStripeCheckout,
  expireCheckout: expireStripeCheckout,
  refund: stripeRefund,
  fetchRefund: fetchStripeRefund,
  createPayoutAccount: createStripeAccount,
  payoutAccountLink: stripeAccountLink,
  fetchPayoutAccount: fetchStripeAccount,
  transfer: stripeTransfer,
  reverseTransfer: reverseStripeTransfer,
  listActivity: listStripeActivity,
  parseEvent: parseStripeEvent,
};
