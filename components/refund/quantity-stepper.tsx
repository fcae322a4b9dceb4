"use client";

import { Icon } from "@/components/seller/icons";

const stepClass =
  "flex h-14 w-14 shrink-0 items-center justify-center rounded-2xl bg-turquoise-700 text-white hover:bg-turquoise-600 disabled:bg-earth-100 disabled:text-earth-700";

/**
 * How many, between 0 and `max`: big minus and plus buttons around a number that can also be typed.
 * It only shows the number; the form sends it in its own field, so locking the stepper (while the
 * refund is being confirmed) never drops it from what is sent.
 */
export function QuantityStepper({
  value,
  max,
  onChange,
  label,
  lessLabel,
  moreLabel,
  disabled = false,
}: {
  value: number;
  max: number;
  onChange: (value: number) => void;
  label: string;
  lessLabel: string;
  moreLabel: string;
  disabled?: boolean;
}) {
  const set = (next: number) => onChange(Math.min(max, Math.max(0, next)));
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        onClick={() => set(value - 1)}
        disabled={disabled || value <= 0}
        aria-label={lessLabel}
        className={stepClass}
      >
        <Icon name="minus" className="h-8 w-8" />
      </button>
      <input
        type="number"
        inputMode="numeric"
        min={0}
        max={max}
        step={1}
        value={value}
        readOnly={disabled}
        onChange={(event) => {
          const digits = event.currentTarget.value.replace(/\D/g, "");
          set(digits === "" ? 0 : Number(digits));
        }}
        onFocus={(event) => event.currentTarget.select()}
        aria-label={label}
        className="h-14 w-20 min-w-0 rounded-2xl bg-earth-50 text-center text-3xl font-black tabular-nums ring-2 ring-earth-100 outline-none focus:ring-turquoise-600"
      />
      <button
        type="button"
        onClick={() => set(value + 1)}
        disabled={disabled || value >= max}
        aria-label={moreLabel}
        className={stepClass}
      >
        <Icon name="plus" className="h-8 w-8" />
      </button>
    </div>
  );
}
