"use client";

import { useActionState, useEffect } from "react";
import { refreshAccount } from "@/components/account/account-state";
import { errorKey } from "@/components/store/error-text";
import { type CartLineState, changeQuantityAction, removeFromCartAction } from "./actions";

/** One line's texts in the page's language, the product's title already in them. */
export type CartLineTexts = {
  decrease: string;
  increase: string;
  quantityOf: string;
  remove: string;
  removeLabel: string;
  /** `store.errors`, by key (one object for every line: the page's payload carries it once). */
  errors: Record<string, string>;
};

const stepClass =
  "flex h-11 w-11 items-center justify-center rounded-full bg-white text-xl font-bold text-turquoise-700 ring-1 ring-earth-700/30 hover:ring-turquoise-500 disabled:opacity-40";

/**
 * − quantity + and Remove for one cart line: big buttons, each a form that works without JavaScript too.
 * Its texts come as props, not from a message provider, which would add next-intl's formatter (about
 * 12 kB gzipped, most of what the cart loaded beyond the other storefront pages) to the cart.
 */
export function CartLineControls({
  productId,
  quantity,
  maxQuantity,
  available,
  texts,
}: {
  productId: string;
  quantity: number;
  maxQuantity: number;
  available: boolean;
  texts: CartLineTexts;
}) {
  const [changeState, change, changing] = useActionState<CartLineState, FormData>(changeQuantityAction, null);
  const [removeState, remove, removing] = useActionState<CartLineState, FormData>(removeFromCartAction, null);
  useEffect(() => {
    if (changeState || removeState) void refreshAccount();
  }, [changeState, removeState]);
  const failed = [changeState, removeState].find((state) => state?.ok === false);
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap items-center justify-end gap-2">
        {available && (
          <form action={change} className="flex items-center gap-2">
            <input type="hidden" name="productId" value={productId} />
            <button
              type="submit"
              name="quantity"
              value={quantity - 1}
              disabled={changing || quantity <= 1}
              aria-label={texts.decrease}
              className={stepClass}
            >
              −
            </button>
            <output aria-label={texts.quantityOf} className="min-w-8 text-center text-lg font-semibold">
              {quantity}
            </output>
            <button
              type="submit"
              name="quantity"
              value={quantity + 1}
              disabled={changing || quantity >= maxQuantity}
              aria-label={texts.increase}
              className={stepClass}
            >
              +
            </button>
          </form>
        )}
        <form action={remove}>
          <input type="hidden" name="productId" value={productId} />
          <button
            type="submit"
            disabled={removing}
            aria-label={texts.removeLabel}
            className="min-h-11 rounded-full px-4 text-sm font-semibold text-earth-700 underline underline-offset-4 hover:bg-earth-100"
          >
            {texts.remove}
          </button>
        </form>
      </div>
      {failed?.ok === false && (
        <p role="alert" className="text-sm text-red-700">
          {texts.errors[errorKey(failed.error, failed.fieldErrors)]}
        </p>
      )}
    </div>
  );
}
