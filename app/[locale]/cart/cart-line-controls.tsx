"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { refreshAccount } from "@/components/account/account-state";
import { useErrorText } from "@/components/store/use-error-text";
import { type CartLineState, changeQuantityAction, removeFromCartAction } from "./actions";

const stepClass =
  "flex h-11 w-11 items-center justify-center rounded-full bg-white text-xl font-bold text-turquoise-700 ring-1 ring-earth-700/30 hover:ring-turquoise-500 disabled:opacity-40";

/** − quantity + and Remove for one cart line: big buttons, each a form that works without JavaScript too. */
export function CartLineControls({
  productId,
  title,
  quantity,
  maxQuantity,
  available,
}: {
  productId: string;
  title: string;
  quantity: number;
  maxQuantity: number;
  available: boolean;
}) {
  const t = useTranslations("store.cart");
  const errorText = useErrorText();
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
              aria-label={t("decrease", { title })}
              className={stepClass}
            >
              −
            </button>
            <output
              aria-label={t("quantityOf", { title })}
              className="min-w-8 text-center text-lg font-semibold"
            >
              {quantity}
            </output>
            <button
              type="submit"
              name="quantity"
              value={quantity + 1}
              disabled={changing || quantity >= maxQuantity}
              aria-label={t("increase", { title })}
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
            aria-label={t("removeLabel", { title })}
            className="min-h-11 rounded-full px-4 text-sm font-semibold text-earth-700 underline underline-offset-4 hover:bg-earth-100"
          >
            {t("remove")}
          </button>
        </form>
      </div>
      {failed?.ok === false && (
        <p role="alert" className="text-sm text-red-700">
          {errorText(failed.error, failed.fieldErrors)}
        </p>
      )}
    </div>
  );
}
