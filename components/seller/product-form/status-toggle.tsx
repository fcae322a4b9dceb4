"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { SellerProductStatus } from "@/lib/seller/limits";
import { FieldError } from "../field-error";
import { Icon } from "../icons";
import { FormSection } from "../section";
import { ChoiceTile } from "./choice-tile";

/** On sale (an open eye, green) or hidden (a closed eye, grey): two big tiles, one always picked. */
export function StatusToggle({
  defaultValue,
  messages,
}: {
  defaultValue: SellerProductStatus;
  messages?: string[];
}) {
  const t = useTranslations("seller.form");
  const [value, setValue] = useState<string>(defaultValue);
  return (
    <FormSection icon="eye" title={t("status")} titleId="status-title" invalid={Boolean(messages?.length)}>
      <div role="radiogroup" aria-labelledby="status-title" className="grid grid-cols-2 gap-2">
        <ChoiceTile
          name="status"
          value="ACTIVE"
          checked={value === "ACTIVE"}
          onChange={setValue}
          className="min-h-28"
        >
          <span className="flex h-12 w-12 items-center justify-center rounded-full bg-green-600 text-white">
            <Icon name="eye" className="h-8 w-8" />
          </span>
          <span className="text-lg">{t("statusOn")}</span>
          <span className="text-sm font-normal text-earth-700">{t("statusOnHint")}</span>
        </ChoiceTile>
        <ChoiceTile
          name="status"
          value="DRAFT"
          checked={value === "DRAFT"}
          onChange={setValue}
          className="min-h-28"
        >
          <span className="flex h-12 w-12 items-center justify-center rounded-full bg-earth-700 text-white">
            <Icon name="eyeOff" className="h-8 w-8" />
          </span>
          <span className="text-lg">{t("statusOff")}</span>
          <span className="text-sm font-normal text-earth-700">{t("statusOffHint")}</span>
        </ChoiceTile>
      </div>
      <FieldError id="status-error" messages={messages} />
    </FormSection>
  );
}
