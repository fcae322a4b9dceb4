import "server-only";
import { stripeProvider } from "./stripe";
import type { PaymentProvider } from "./types";

/** The provider payments are taken with. One today; the choice lives here when there are more. */
export const paymentProvider: PaymentProvider = stripeProvider;
