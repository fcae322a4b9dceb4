"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldError } from "../field-error";
import { Icon } from "../icons";
import { FormSection } from "../section";
import { errorProps } from "./use-error-text";

// Up to 1,000,000 yuan with at most two decimals: the pad simply stops taking keys beyond that.
const TYPED_PRICE = /^\d{0,7}(\.\d{0,2})?$/;
const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", ".", "0", "back"] as const;

export function nextPrice(current: string, key: (typeof KEYS)[number]): string {
  if (key === "back") return current.slice(0, -1);
  if (key === "." && current === "") return "0.";
  const next = current === "0" && key !== "." ? key : current + key;
  return TYPED_PRICE.test(next) ? next : current;
}

const keyClass =
  "flex h-16 items-center justify-center rounded-2xl bg-earth-50 text-3xl font-bold ring-1 ring-earth-100 active:bg-turquoise-100 hover:bg-turquoise-50";

/**
 * The price on a big number pad (or the keyboard): yuan as typed, "12.30"; the server turns it into fen.
 */
export function PricePad({ defaultValue, messages }: { defaultValue: string; messages?: string[] }) {
  const t = useTranslations("seller.form");
  const [value, setValue] = useState(defaultValue);
  return (
    <FormSection icon="tag" title={t("price")} titleId="price-title" invalid={Boolean(messages?.length)}>
      <div className="flex items-center gap-2 rounded-2xl bg-earth-50 px-4 ring-2 ring-earth-100 focus-within:ring-turquoise-600">
        <span aria-hidden="true" className="text-4xl font-black text-earth-700">
          ¥
        </span>
        <input
          id="priceYuan"
          name="priceYuan"
          value={value}
          onChange={(event) => {
            const typed = event.currentTarget.value.replace(",", ".").trim();
            if (TYPED_PRICE.test(typed)) setValue(typed);
          }}
          inputMode="decimal"
          autoComplete="off"
          placeholder="0.00"
          aria-labelledby="price-title"
          {...errorProps("priceYuan", messages)}
          className="min-w-0 flex-1 bg-transparent py-3 text-5xl font-black tabular-nums outline-none placeholder:text-earth-100"
        />
        <span className="font-semibold text-earth-700">{t("priceUnit")}</span>
      </div>
      <FieldError id="priceYuan-error" messages={messages} />
      <fieldset className="mt-3 grid max-w-md grid-cols-3 gap-2">
        <legend className="sr-only">{t("pad.label")}</legend>
        {KEYS.map((key) => (
          <button
            key={key}
            type="button"
            onClick={() => setValue((current) => nextPrice(current, key))}
            aria-label={key === "back" ? t("pad.delete") : key === "." ? t("pad.point") : undefined}
            className={key === "back" ? `${keyClass} text-earth-700` : keyClass}
          >
            {key === "back" ? <Icon name="backspace" className="h-9 w-9" /> : key}
          </button>
        ))}
      </fieldset>
    </FormSection>
  );
}
