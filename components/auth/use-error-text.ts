"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

export type FormState = ActionResult | null;

/** Translates a form's result codes: one message per field, and one for the form as a whole. */
export function useErrorText(state: FormState) {
  const t = useTranslations("auth");
  const failed = state && !state.ok ? state : null;
  const field = (name: string): string | undefined => {
    const code = failed?.fieldErrors?.[name]?.[0];
    if (!code) return undefined;
    return t.has(`fieldErrors.${code}`) ? t(`fieldErrors.${code}`) : t("fieldErrors.invalid");
  };
  const form = failed
    ? t.has(`errors.${failed.error}`)
      ? t(`errors.${failed.error}`)
      : t("errors.unknown")
    : null;
  return { field, form };
}
