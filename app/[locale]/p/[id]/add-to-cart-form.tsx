"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { refreshAccount } from "@/components/account/account-state";
import { useErrorText } from "@/components/store/use-error-text";
import { Link } from "@/lib/i18n/navigation";
import { type AddToCartState, addToCartAction } from "./actions";

export function AddToCartForm({ productId, maxQuantity }: { productId: string; maxQuantity: number }) {
  const t = useTranslations("store.product");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<AddToCartState, FormData>(addToCartAction, null);
  // The header's cart count lives outside this cached page.
  useEffect(() => {
    if (state?.ok) void refreshAccount();
  }, [state]);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="productId" value={productId} />
      <div className="flex items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("quantity")}
          <input
            type="number"
            name="quantity"
            inputMode="numeric"
            min={1}
            max={maxQuantity}
            defaultValue={1}
            required
            className="h-12 w-24 rounded-xl border border-earth-700/30 bg-white px-3 text-lg"
          />
        </label>
        <button
          type="submit"
          disabled={pending}
          className="h-12 flex-1 rounded-full bg-turquoise-700 px-6 text-lg font-semibold text-white shadow-sm hover:bg-turquoise-900 disabled:opacity-70"
        >
          {pending ? t("adding") : t("addToCart")}
        </button>
      </div>
      <div aria-live="polite" className="min-h-6">
        {state?.ok === true && (
          <p className="flex flex-wrap items-center gap-x-3 text-turquoise-700">
            <span>{t("added", { count: state.data.quantity })}</span>
            <Link href="/cart" className="font-semibold underline underline-offset-4">
              {t("viewCart")}
            </Link>
          </p>
        )}
        {state?.ok === false && (
          <p role="alert" className="text-red-700">
            {errorText(state.error, state.fieldErrors)}
          </p>
        )}
      </div>
    </form>
  );
}
