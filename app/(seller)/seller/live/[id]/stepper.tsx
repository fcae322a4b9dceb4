"use client";

import { Icon } from "@/components/seller/icons";

/** A number with big − and + buttons, for a seller who works by number rather than by text. */
export function Stepper({
  label,
  value,
  onChange,
  step = 1,
  min = 0,
  max,
  display,
  testId,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
  step?: number;
  min?: number;
  max?: number;
  display?: string;
  testId?: string;
}) {
  const clamp = (n: number) => Math.max(min, max === undefined ? n : Math.min(max, n));
  return (
    <div className="flex flex-col gap-1">
      <span className="text-sm font-semibold text-earth-700">{label}</span>
      <div className="flex items-center gap-2">
        <button
          type="button"
          aria-label={`${label} −`}
          onClick={() => onChange(clamp(value - step))}
          className="flex h-14 w-14 items-center justify-center rounded-2xl bg-earth-100 hover:bg-earth-200"
        >
          <Icon name="minus" className="h-7 w-7" />
        </button>
        <input
          data-testid={testId}
          aria-label={label}
          inputMode="decimal"
          value={display ?? String(value)}
          onChange={(event) => {
            const parsed = Number(event.target.value);
            if (Number.isFinite(parsed)) onChange(clamp(parsed));
          }}
          className="h-14 w-24 rounded-2xl border border-earth-700/30 bg-white text-center text-2xl font-bold"
        />
        <button
          type="button"
          aria-label={`${label} +`}
          onClick={() => onChange(clamp(value + step))}
          className="flex h-14 w-14 items-center justify-center rounded-2xl bg-earth-100 hover:bg-earth-200"
        >
          <Icon name="plus" className="h-7 w-7" />
        </button>
      </div>
    </div>
  );
}
