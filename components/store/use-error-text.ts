"use client";

import { useTranslations } from "next-intl";

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

/** Turns a failed action's error code into a sentence in the reader's language. */
export function useErrorText() {
  const t = useTranslations("store.errors");
  return (error: string, fieldErrors?: Record<string, string[]>): string => {
    if (error === "invalid_input" && fieldErrors?.quantity) return t("quantity_invalid");
    if (error === "sold_out") return t("sold_out_plain");
    return KNOWN.has(error) ? t(error) : t("unknown");
  };
}
