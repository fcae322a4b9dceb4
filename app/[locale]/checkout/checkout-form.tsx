"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { useErrorText } from "@/components/store/use-error-text";
import { localized } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { type CheckoutState, placeOrderAction } from "./actions";

type Field = {
  name: "recipientName" | "recipientPhone" | "province" | "city" | "addressLine" | "postalCode";
  autoComplete: string;
  inputMode?: "numeric" | "tel";
  type?: "tel" | "text";
  maxLength: number;
  required: boolean;
  hint?: "recipientPhoneHint" | "addressLineHint";
  wide?: boolean;
};

const fields: Field[] = [
  { name: "recipientName", autoComplete: "name", maxLength: 40, required: true },
  {
    name: "recipientPhone",
    autoComplete: "tel-national",
    type: "tel",
    inputMode: "tel",
    maxLength: 20,
    required: true,
    hint: "recipientPhoneHint",
  },
  { name: "province", autoComplete: "address-level1", maxLength: 30, required: true },
  { name: "city", autoComplete: "address-level2", maxLength: 30, required: true },
  {
    name: "addressLine",
    autoComplete: "street-address",
    maxLength: 200,
    required: true,
    hint: "addressLineHint",
    wide: true,
  },
  { name: "postalCode", autoComplete: "postal-code", inputMode: "numeric", maxLength: 6, required: false },
];

const fieldErrorCodes = new Set([
  "required",
  "too_long",
  "invalid_characters",
  "phone_invalid",
  "postal_invalid",
]);

export function CheckoutForm({ submitLabel }: { submitLabel: string }) {
  const t = useTranslations("store.checkout");
  const tErrors = useTranslations("store.errors");
  const locale = useLocale();
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<CheckoutState, FormData>(placeOrderAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  // After a refused submit, take the buyer to the first field that needs fixing.
  useEffect(() => {
    if (state) formRef.current?.querySelector<HTMLInputElement>("[aria-invalid=true]")?.focus();
  }, [state]);
  const result = state?.result;
  const fieldErrors = result && "fieldErrors" in result ? (result.fieldErrors ?? {}) : {};

  let formError: string | null = null;
  if (result && "product" in result) {
    const title = localized(locale, result.product.titleZh, result.product.titleEn);
    formError = tErrors(result.error, { title, limit: result.limit ?? 0 });
  } else if (result) {
    formError = errorText(result.error);
  }

  return (
    <form ref={formRef} action={action} noValidate className="flex flex-col gap-5">
      {formError && (
        <div role="alert" className="rounded-xl bg-red-50 p-4 text-red-800 ring-1 ring-red-200">
          <p className="font-semibold">{formError}</p>
          {result && "product" in result && (
            <Link href="/cart" className="mt-2 inline-block font-semibold underline underline-offset-4">
              {t("backToCart")}
            </Link>
          )}
        </div>
      )}
      <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <legend className="mb-3 text-lg font-bold">{t("address")}</legend>
        {fields.map((field) => {
          const id = `checkout-${field.name}`;
          const code = fieldErrors[field.name]?.[0];
          const error = code
            ? fieldErrorCodes.has(code)
              ? t(`errors.${code}`)
              : tErrors("invalid_input")
            : null;
          const describedBy = [field.hint ? `${id}-hint` : null, error ? `${id}-error` : null]
            .filter(Boolean)
            .join(" ");
          return (
            <div key={field.name} className={`flex flex-col gap-1 ${field.wide ? "sm:col-span-2" : ""}`}>
              <label htmlFor={id} className="font-medium">
                {t(field.name)}
              </label>
              <input
                id={id}
                name={field.name}
                type={field.type ?? "text"}
                inputMode={field.inputMode}
                autoComplete={field.autoComplete}
                maxLength={field.maxLength}
                required={field.required}
                defaultValue={state?.values[field.name] ?? ""}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy || undefined}
                className="h-12 rounded-xl border border-earth-700/30 bg-white px-4 text-base aria-invalid:border-red-600 aria-invalid:ring-2 aria-invalid:ring-red-200"
              />
              {field.hint && (
                <p id={`${id}-hint`} className="text-sm text-earth-700">
                  {t(field.hint)}
                </p>
              )}
              {error && (
                <p id={`${id}-error`} className="text-sm font-medium text-red-700">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="min-h-14 rounded-full bg-turquoise-700 px-6 text-lg font-semibold text-white shadow-sm hover:bg-turquoise-900 disabled:opacity-70"
      >
        {pending ? t("placing") : submitLabel}
      </button>
    </form>
  );
}
