"use client";

import { useLocale } from "next-intl";
import { startTransition, useActionState, useEffect, useId, useRef, useState } from "react";
import { Icon } from "@/components/seller/icons";
import { formatFen } from "@/lib/money";
import { REFUND_QTY_PREFIX } from "@/lib/payments/refund-form";
import { QuantityStepper } from "./quantity-stepper";

/** What a refund action answers: the amount given back, or the code of why not. */
export type RefundFormState = { ok: true; amountFen: number } | { ok: false; error: string } | null;

export type RefundFormAction = (prev: RefundFormState, formData: FormData) => Promise<RefundFormState>;

export type RefundFormItem = {
  id: string;
  title: string;
  unitPriceFen: number;
  quantity: number;
  refundedQuantity: number;
  /** The product's photo, for readers who know their goods by sight. */
  imageUrl?: string | null;
};

/** Every text the form shows, so the seller centre and the village admin each pass their own. */
export type RefundFormLabels = {
  /** The form's name for screen readers; the page shows its own heading. */
  title: string;
  quantity: string;
  less: string;
  more: string;
  atMost: string;
  alreadyRefunded: string;
  allRefunded: string;
  amount: string;
  submit: string;
  confirmTitle: string;
  confirmHint: string;
  confirm: string;
  cancel: string;
  sending: string;
  done: string;
  /** By the codes refundShopOrder answers; `generic` for any other. */
  errors: Record<string, string> & { generic: string };
};

/**
 * Gives money back for some items of a parcel: a stepper per item from 0 to what is not refunded yet,
 * the amount shown as it changes, then a second, explicit "yes" before anything is sent. The server
 * decides what is allowed; this only keeps a person from asking for what cannot be.
 */
export function RefundForm({
  shopOrderId,
  items,
  action,
  labels,
}: {
  shopOrderId: string;
  items: RefundFormItem[];
  action: RefundFormAction;
  labels: RefundFormLabels;
}) {
  const locale = useLocale();
  const [picked, setPicked] = useState<Record<string, number>>({});
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, pending] = useActionState(async (prev: RefundFormState, data: FormData) => {
    const next = await action(prev, data);
    if (next?.ok) setPicked({});
    setConfirming(false);
    return next;
  }, null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Unique per form: a page may show one form per parcel.
  const confirmId = useId();
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  // The page re-renders with new refunded quantities after a refund: never keep more than is left.
  const left = (item: RefundFormItem) => Math.max(0, item.quantity - item.refundedQuantity);
  const countOf = (item: RefundFormItem) => Math.min(picked[item.id] ?? 0, left(item));
  const amountFen = items.reduce((sum, item) => sum + item.unitPriceFen * countOf(item), 0);
  const locked = confirming || pending;
  const error = state && !state.ok ? (labels.errors[state.error] ?? labels.errors.generic) : null;

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    // Enter in a quantity box submits the form too: it only ever opens the confirm step.
    if (!confirming) {
      if (amountFen > 0) setConfirming(true);
      return;
    }
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  return (
    <form onSubmit={submit} noValidate aria-label={labels.title} className="flex flex-col gap-4">
      <input type="hidden" name="shopOrderId" value={shopOrderId} />
      {state?.ok ? (
        <p
          role="status"
          className="flex items-center gap-3 rounded-2xl bg-green-50 p-4 text-lg font-bold text-green-800 ring-1 ring-green-200"
        >
          <span className="flex h-10 w-10 items-center justify-center rounded-full bg-green-600 text-white">
            <Icon name="check" className="h-7 w-7" />
          </span>
          {labels.done} {formatFen(state.amountFen, locale)}
        </p>
      ) : null}
      {error ? (
        <p
          role="alert"
          className="flex items-center gap-3 rounded-2xl border-2 border-red-300 bg-red-50 p-4 text-lg font-bold text-red-800"
        >
          <Icon name="alert" className="h-9 w-9 text-red-700" />
          {error}
        </p>
      ) : null}

      <ul className="flex flex-col gap-3">
        {items.map((item) => {
          const count = countOf(item);
          const max = left(item);
          return (
            <li key={item.id} className="flex flex-wrap items-center gap-3 rounded-2xl bg-earth-50 p-3">
              <input type="hidden" name={`${REFUND_QTY_PREFIX}${item.id}`} value={count} />
              {item.imageUrl ? (
                // biome-ignore lint/performance/noImgElement: stored photos come from our own image route
                <img
                  src={item.imageUrl}
                  alt=""
                  className={`h-16 w-16 shrink-0 rounded-xl object-cover ${max === 0 ? "opacity-40 grayscale" : ""}`}
                />
              ) : null}
              <div className="min-w-0 flex-1 basis-40">
                <p className="font-semibold">{item.title}</p>
                <p className="text-earth-700 tabular-nums">
                  {formatFen(item.unitPriceFen, locale)} × {item.quantity}
                </p>
                {item.refundedQuantity > 0 && max > 0 ? (
                  <p className="mt-1 inline-flex items-center gap-1 rounded-full bg-earth-100 px-2.5 py-0.5 font-bold text-earth-900">
                    <Icon name="undo" className="h-4 w-4" />
                    <span aria-hidden="true">{item.refundedQuantity}</span>
                    <span className="sr-only">
                      {labels.alreadyRefunded}: {item.refundedQuantity}
                    </span>
                  </p>
                ) : null}
              </div>
              {max > 0 ? (
                <div className="flex flex-col items-center gap-1">
                  <QuantityStepper
                    value={count}
                    max={max}
                    onChange={(next) => setPicked((all) => ({ ...all, [item.id]: next }))}
                    label={`${labels.quantity}: ${item.title}`}
                    lessLabel={`${labels.less}: ${item.title}`}
                    moreLabel={`${labels.more}: ${item.title}`}
                    disabled={locked}
                  />
                  <span className="text-sm text-earth-700 tabular-nums">
                    {labels.atMost} {max}
                  </span>
                </div>
              ) : (
                <span className="inline-flex items-center gap-1.5 rounded-full bg-earth-100 px-3 py-1 font-bold text-earth-900">
                  <Icon name="checkCircle" className="h-5 w-5" />
                  {labels.allRefunded}
                </span>
              )}
            </li>
          );
        })}
      </ul>

      <p className="flex flex-wrap items-center justify-between gap-2 rounded-2xl bg-white p-3 ring-2 ring-earth-100">
        <span className="flex items-center gap-2 text-lg font-semibold">
          <Icon name="undo" className="h-7 w-7 text-rose-700" />
          {labels.amount}
        </span>
        <output aria-live="polite" className="text-3xl font-black tabular-nums">
          {formatFen(amountFen, locale)}
        </output>
      </p>

      {confirming || pending ? (
        <div className="flex flex-col gap-3 rounded-2xl bg-rose-50 p-4 ring-2 ring-rose-300">
          <p id={`${confirmId}-title`} className="flex items-center gap-2 text-xl font-bold text-rose-900">
            <Icon name="alert" className="h-8 w-8" />
            {labels.confirmTitle}
          </p>
          <p id={`${confirmId}-amount`} className="text-4xl font-black tabular-nums text-rose-900">
            {formatFen(amountFen, locale)}
          </p>
          <p className="text-rose-900">{labels.confirmHint}</p>
          <div className="grid gap-2 sm:grid-cols-2">
            <button
              type="button"
              onClick={() => setConfirming(false)}
              disabled={pending}
              className="flex min-h-16 items-center justify-center gap-2 rounded-2xl bg-white px-4 text-lg font-bold text-earth-900 ring-2 ring-earth-100 hover:bg-earth-50 disabled:opacity-60"
            >
              <Icon name="close" className="h-7 w-7" />
              {labels.cancel}
            </button>
            <button
              ref={confirmRef}
              type="submit"
              aria-describedby={`${confirmId}-title ${confirmId}-amount`}
              disabled={pending}
              className="flex min-h-16 items-center justify-center gap-2 rounded-2xl bg-rose-700 px-4 text-lg font-bold text-white shadow-md hover:bg-rose-600 disabled:opacity-70"
            >
              <Icon
                name={pending ? "spinner" : "check"}
                className={`h-7 w-7 ${pending ? "animate-spin" : ""}`}
              />
              {pending ? labels.sending : labels.confirm}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          disabled={amountFen === 0}
          className="flex min-h-16 w-full items-center justify-center gap-3 rounded-2xl bg-rose-700 px-6 text-xl font-bold text-white shadow-md hover:bg-rose-600 disabled:bg-earth-100 disabled:text-earth-700 disabled:shadow-none"
        >
          <Icon name="undo" className="h-8 w-8" />
          {labels.submit}
        </button>
      )}
    </form>
  );
}
