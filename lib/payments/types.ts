/** What every payment provider reports, reduced to what the marketplace acts on. */
export type PaymentEventInput = {
  provider: string;
  /** The provider's own id for this event: processing is at most once per (provider, eventId). */
  eventId: string;
  type: string;
  /** The provider's id for the payment, as stored on Payment.providerRef when it was created. */
  providerRef: string;
  amountFen: number;
};

export const PAYMENT_SUCCEEDED = "payment.succeeded";
export const PAYMENT_FAILED = "payment.failed";

export type PayableOrder = { id: string; number: string; totalFen: number; currency: string };

export interface PaymentProvider {
  readonly name: string;
  /** Opens a payment with the provider; the buyer is sent to `redirectUrl` to pay. */
  createPayment(order: PayableOrder): Promise<{ providerRef: string; redirectUrl: string }>;
  /**
   * Turns one delivery from the provider (body and headers, as a webhook receives them) into an
   * event, or null when it is not a genuine, well-formed event of this provider.
   */
  parseEvent(payload: string, headers: Headers): Promise<PaymentEventInput | null>;
}
