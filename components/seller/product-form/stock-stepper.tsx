"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { MAX_STOCK } from "@/lib/seller/limits";
import { FieldError } from "../field-error";
import { Icon } from "../icons";
import { FormSection } from "../section";
import { errorProps } from "./use-error-text";

const stepClass =
  "flex h-16 w-16 shrink-0 items-center justify-center rounded-2xl bg-turquoise-700 text-white hover:bg-turquoise-600 disabled:bg-earth-100 disabled:text-earth-700";

/** How many there are: big minus and plus buttons around a number that can also be typed. */
export function StockStepper({ defaultValue, messages }: { defaultValue: number; messages?: string[] }) {
  const t = useTranslations("seller.form");
  const [value, setValue] = useState(String(defaultValue));
  const count = /^\d+$/.test(value) ? Number(value) : null;
  const step = (by: number) => setValue(String(Math.min(MAX_STOCK, Math.max(0, (count ?? 0) + by))));
  return (
    <FormSection icon="stack" title={t("stock")} titleId="stock-title" invalid={Boolean(messages?.length)}>
      <div className="flex items-center gap-3">
        <button
          type="button"
          onClick={() => step(-1)}
          disabled={count === 0}
          aria-label={t("less")}
          className={stepClass}
        >
          <Icon name="minus" className="h-9 w-9" />
        </button>
        <input
          id="stock"
          name="stock"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_STOCK}
          step={1}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          aria-labelledby="stock-title"
          {...errorProps("stock", messages)}
          className="h-16 w-full min-w-0 flex-1 rounded-2xl bg-earth-50 text-center text-4xl font-black tabular-nums ring-2 ring-earth-100 outline-none focus:ring-turquoise-600"
        />
        <button type="button" onClick={() => step(1)} aria-label={t("more")} className={stepClass}>
          <Icon name="plus" className="h-9 w-9" />
        </button>
      </div>
      <FieldError id="stock-error" messages={messages} />
    </FormSection>
  );
}
