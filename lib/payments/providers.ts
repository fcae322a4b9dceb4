import "server-only";
import { env } from "@/lib/env";
import { demoProvider } from "./demo-provider";
import type { PaymentProvider } from "./types";

const providers: Record<typeof env.PAYMENT_PROVIDER, PaymentProvider> = { demo: demoProvider };

/** The provider new payments are opened with (PAYMENT_PROVIDER, `demo` by default). */
export function activePaymentProvider(): PaymentProvider {
  return providers[env.PAYMENT_PROVIDER];
}
