// Which failed-action codes have a sentence of their own in messages/*/store.json `errors`.
const KNOWN = new Set([
  "not_signed_in",
  "forbidden",
  "buyers_only",
  "invalid_input",
  "quantity_invalid",
  "not_found",
  "cart_empty",
  "not_payable",
  "not_cancellable",
  "expired",
  "provider_unavailable",
  "payment_processing",
  "throttled",
]);

/** The `store.errors` key that says a failed action's error code in words. */
export function errorKey(error: string, fieldErrors?: Record<string, string[]>): string {
  if (error === "invalid_input" && fieldErrors?.quantity) return "quantity_invalid";
  if (error === "sold_out") return "sold_out_plain";
  return KNOWN.has(error) ? error : "unknown";
}
