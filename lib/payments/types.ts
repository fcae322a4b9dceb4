// What the marketplace needs from a payment provider, in its own words. Stripe is the one behind it
// today (lib/payments/stripe); an Alipay or WeChat Pay profit-sharing provider would be another.

export type CheckoutLine = { name: string; unitFen: number; quantity: number };

export type OpenCheckoutInput = {
  /** The same key for every retry of one attempt: a lost answer never opens a second session. */
  idempotencyKey: string;
  orderId: string;
  orderNumber: string;
  paymentId: string;
  currency: string;
  lines: CheckoutLine[];
  expiresAt: Date;
  successUrl: string;
  cancelUrl: string;
};

/** A checkout as the provider says it is now: the only thing payment states are decided from. */
export type CheckoutState = {
  ref: string;
  status: "open" | "paid" | "processing" | "failed" | "expired";
  /** What the buyer was charged, in fen, and in which currency (lower case, as providers say it). */
  amountFen: number | null;
  currency: string;
  intentRef: string | null;
  chargeRef: string | null;
  /** Our Payment id, as we gave it in the checkout's metadata. */
  paymentId: string | null;
};

export type ProviderEvent = {
  eventId: string;
  type: string;
  /** The object the event is about; it is re-fetched, never read from the event. */
  subject: { kind: "checkout" | "charge" | "refund" | "account"; ref: string } | { kind: "other" };
};

export type ProviderActivity = {
  charges: { ref: string; amountFen: number; refundedFen: number; currency: string }[];
  refunds: { ref: string; chargeRef: string | null; amountFen: number; status: string }[];
  transfers: { ref: string; amountFen: number; reversedFen: number; accountRef: string }[];
};

export type RefundState = "succeeded" | "pending" | "failed";
export type RefundInput = {
  chargeRef: string;
  amountFen: number;
  idempotencyKey: string;
  metadata: Record<string, string>;
};
export type PayoutAccountInput = { shopId: string; email: string; idempotencyKey: string };
export type AccountLinkInput = { accountRef: string; returnUrl: string; refreshUrl: string };
export type TransferInput = {
  amountFen: number;
  currency: string;
  accountRef: string;
  group: string;
  sourceChargeRef: string;
  idempotencyKey: string;
  metadata: Record<string, string>;
};
export type ReversalInput = { transferRef: string; amountFen: number; idempotencyKey: string };

export interface PaymentProvider {
  readonly name: string;
  openCheckout(input: OpenCheckoutInput): Promise<{ ref: string; url: string }>;
  fetchCheckout(ref: string): Promise<CheckoutState>;
  /** Closes an open checkout so it can no longer be paid; answers the state it ended in. */
  expireCheckout(ref: string): Promise<CheckoutState>;
  refund(input: RefundInput): Promise<{ ref: string; status: RefundState }>;
  fetchRefund(ref: string): Promise<{ ref: string; status: RefundState }>;
  createPayoutAccount(input: PayoutAccountInput): Promise<{ ref: string }>;
  payoutAccountLink(input: AccountLinkInput): Promise<{ url: string }>;
  /** Whether the account can receive transfers, as the provider says now. */
  fetchPayoutAccount(ref: string): Promise<{ ref: string; ready: boolean }>;
  transfer(input: TransferInput): Promise<{ ref: string }>;
  reverseTransfer(input: ReversalInput): Promise<{ ref: string }>;
  /** Everything the provider recorded for this platform in [from, to): for reconciliation. */
  listActivity(range: { from: Date; to: Date }): Promise<ProviderActivity>;
  /** A webhook delivery, verified; null when it is not a genuine, well-formed event. */
  parseEvent(payload: string, signature: string | null): ProviderEvent | null;
}
