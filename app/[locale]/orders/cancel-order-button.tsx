"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useErrorText } from "@/components/store/use-error-text";
import { type CancelOrderState, cancelOrderAction } from "./actions";

export function CancelOrderButton({ orderId }: { orderId: string }) {
  const t = useTranslations("store.orders");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<CancelOrderState, FormData>(cancelOrderAction, null);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("cancelConfirm"))) event.preventDefault();
      }}
      className="flex flex-col gap-1"
    >
      <input type="hidden" name="orderId" value={orderId} />
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-full px-5 font-semibold text-earth-700 ring-1 ring-earth-700/40 hover:bg-earth-100 disabled:opacity-70"
      >
        {pending ? t("cancelling") : t("cancel")}
      </button>
      {state?.ok === false && (
        <p role="alert" className="text-sm text-red-700">
          {errorText(state.error)}
        </p>
      )}
    </form>
  );
}
