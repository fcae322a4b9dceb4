"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FailedResult } from "@/lib/actions/result";
import { FormError } from "./field-error";
import { Icon } from "./icons";

export type PayoutConnectState = FailedResult | null;
export type PayoutConnectAction = (
  state: PayoutConnectState,
  formData: FormData,
) => Promise<PayoutConnectState>;

/** The one big button to the provider's onboarding page (first time, or to finish a setup). */
export function PayoutConnectButton({ action, label }: { action: PayoutConnectAction; label: string }) {
  const t = useTranslations("seller.payouts");
  const [state, formAction, pending] = useActionState(action, null);
  const code = state?.error;
  const error = code ? (t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.generic")) : null;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormError message={error} />
      <button
        type="submit"
        disabled={pending}
        className="flex min-h-16 w-full items-center justify-center gap-3 rounded-2xl bg-turquoise-700 px-6 text-xl font-bold text-white shadow-lg hover:bg-turquoise-600 disabled:opacity-70"
      >
        <Icon name={pending ? "spinner" : "wallet"} className={`h-8 w-8 ${pending ? "animate-spin" : ""}`} />
        {pending ? t("opening") : label}
        {pending ? null : <Icon name="arrowRight" className="h-7 w-7" />}
      </button>
    </form>
  );
}
