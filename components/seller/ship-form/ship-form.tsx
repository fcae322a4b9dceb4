"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useCallback, useState } from "react";
import { couriers } from "@/lib/couriers";
import { localized } from "@/lib/i18n/locales";
import { CourierBadge } from "../courier-badge";
import { FieldError, FormError } from "../field-error";
import { Icon } from "../icons";
import { ChoiceTile } from "../product-form/choice-tile";
import { errorProps, useErrorText } from "../product-form/use-error-text";
import { FormSection } from "../section";
import { submitKeepingFields } from "../submit-keeping-fields";
import { ScanButton } from "./scan-button";
import type { ShipFormAction } from "./types";

/** Hand a parcel to a courier: pick its colour badge, type (or scan) the tracking number, done. */
export function ShipForm({ shopOrderId, action }: { shopOrderId: string; action: ShipFormAction }) {
  const t = useTranslations("seller.order");
  const locale = useLocale();
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState(action, null);
  const [courier, setCourier] = useState("");
  const [tracking, setTracking] = useState("");
  const onScan = useCallback((value: string) => setTracking(value.toUpperCase()), []);

  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const courierErrors = fieldErrors.courier?.map(errorText);
  const trackingErrors = fieldErrors.trackingNumber?.map(errorText);
  const formError = state && !state.ok ? errorText(state.error) : null;

  return (
    <form onSubmit={submitKeepingFields(formAction)} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="shopOrderId" value={shopOrderId} />
      <FormError message={formError} />
      <FormSection icon="truck" title={t("courier")} titleId="courier-title" invalid={Boolean(courierErrors)}>
        <div
          role="radiogroup"
          aria-labelledby="courier-title"
          className="grid grid-cols-2 gap-2 sm:grid-cols-3 md:grid-cols-4"
        >
          {couriers.map((item) => (
            <ChoiceTile
              key={item.code}
              name="courier"
              value={item.code}
              checked={courier === item.code}
              onChange={setCourier}
              describedBy={courierErrors ? "courier-error" : undefined}
              className="min-h-24"
            >
              <CourierBadge courier={item} />
              <span className="leading-tight">{localized(locale, item.nameZh, item.nameEn)}</span>
            </ChoiceTile>
          ))}
        </div>
        <FieldError id="courier-error" messages={courierErrors} />
      </FormSection>

      <FormSection
        icon="scan"
        title={t("tracking")}
        titleId="tracking-title"
        invalid={Boolean(trackingErrors)}
      >
        <div className="flex flex-wrap gap-2">
          <input
            id="trackingNumber"
            name="trackingNumber"
            value={tracking}
            onChange={(event) => setTracking(event.currentTarget.value)}
            inputMode="text"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            aria-labelledby="tracking-title"
            {...errorProps("trackingNumber", trackingErrors)}
            className="h-16 min-w-0 flex-1 basis-56 rounded-2xl bg-earth-50 px-4 font-mono text-2xl font-bold tracking-wider uppercase ring-2 ring-earth-100 outline-none focus:ring-turquoise-600"
          />
          <ScanButton onResult={onScan} />
        </div>
        <p className="mt-2 text-earth-700">{t("trackingHint")}</p>
        <FieldError id="trackingNumber-error" messages={trackingErrors} />
      </FormSection>

      <button
        type="submit"
        disabled={pending}
        className="flex min-h-16 w-full items-center justify-center gap-3 rounded-2xl bg-turquoise-700 px-6 text-xl font-bold text-white shadow-lg hover:bg-turquoise-600 disabled:opacity-70"
      >
        <Icon name={pending ? "spinner" : "truck"} className={`h-8 w-8 ${pending ? "animate-spin" : ""}`} />
        {pending ? t("shipping") : t("markShipped")}
      </button>
    </form>
  );
}
