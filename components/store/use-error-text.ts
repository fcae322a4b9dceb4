"use client";

import { useTranslations } from "next-intl";
import { errorKey } from "./error-text";

/** Turns a failed action's error code into a sentence in the reader's language. */
export function useErrorText() {
  const t = useTranslations("store.errors");
  return (error: string, fieldErrors?: Record<string, string[]>): string => t(errorKey(error, fieldErrors));
}
