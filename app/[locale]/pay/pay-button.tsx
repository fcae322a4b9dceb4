"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useErrorText } from "@/components/store/use-error-text";
import { type PayState, payAction } from "./actions";

export function PayButton({ orderId, label }: { orderId: string; label: string }) {
  const t = useTranslations("store.pay");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<PayState, FormData>(payAction, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="orderId" value={orderId} />
      <button
        type="submit"
        disabled={pending}
        className="min-h-14 w-full rounded-full bg-turquoise-700 px-6 text-lg font-semibold text-white shadow-sm hover:bg-turquoise-900 disabled:opacity-70"
      >
        {pending ? t("paying") : label}
      </button>
      {state && (
        <p role="alert" className="text-red-700">
          {errorText(state.error)}
        </p>
      )}
    </form>
  );
}
