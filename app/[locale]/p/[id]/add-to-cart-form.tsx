"use client";

import Link from "next/link";
import { useActionState, useEffect } from "react";
import { refreshAccount } from "@/components/account/account-state";
import { errorKey } from "@/components/store/error-text";
import { type AddToCartState, addToCartAction } from "./actions";

/** The form's texts in the page's language; `added` has a `{count}` to fill in. */
export type AddToCartTexts = {
  quantity: string;
  adding: string;
  addToCart: string;
  added: string;
  viewCart: string;
  /** `store.errors`, by key. */
  errors: Record<string, string>;
};

// Its texts come as props, not from a message provider: product pages are the busiest storefront
// pages, and a provider would ship next-intl's formatter and the whole `store` namespace with each.
export function AddToCartForm({
  productId,
  maxQuantity,
  cartHref,
  texts,
}: {
  productId: string;
  maxQuantity: number;
  cartHref: string;
  texts: AddToCartTexts;
}) {
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
          {texts.quantity}
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
          {pending ? texts.adding : texts.addToCart}
        </button>
      </div>
      <div aria-live="polite" className="min-h-6">
        {state?.ok === true && (
          <p className="flex flex-wrap items-center gap-x-3 text-turquoise-700">
            <span>{texts.added.replace("{count}", String(state.data.quantity))}</span>
            <Link href={cartHref} className="font-semibold underline underline-offset-4">
              {texts.viewCart}
            </Link>
          </p>
        )}
        {state?.ok === false && (
          <p role="alert" className="text-red-700">
            {texts.errors[errorKey(state.error, state.fieldErrors)]}
          </p>
        )}
      </div>
    </form>
  );
}
