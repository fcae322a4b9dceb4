"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { PRODUCT_UNITS } from "@/lib/seller/limits";
import { FieldError } from "../field-error";
import { Icon, type IconName } from "../icons";
import { FormSection } from "../section";
import { ChoiceTile } from "./choice-tile";

type Unit = (typeof PRODUCT_UNITS)[number];
const unitIcons: Record<Unit, IconName> = {
  PIECE: "gem",
  JIN: "scale",
  BOX: "box",
  KG: "weight",
  BOTTLE: "bottle",
};

/** How the product is sold (by the piece, the jin, the box…), each with its picture. */
export function UnitPicker({ defaultValue, messages }: { defaultValue: Unit; messages?: string[] }) {
  const t = useTranslations("seller.form");
  const [value, setValue] = useState<string>(defaultValue);
  return (
    <FormSection icon="scale" title={t("unit")} titleId="unit-title" invalid={Boolean(messages?.length)}>
      <div role="radiogroup" aria-labelledby="unit-title" className="grid grid-cols-3 gap-2 sm:grid-cols-5">
        {PRODUCT_UNITS.map((unit) => (
          <ChoiceTile
            key={unit}
            name="unit"
            value={unit}
            checked={value === unit}
            onChange={setValue}
            className="min-h-24"
          >
            <Icon name={unitIcons[unit]} className="h-9 w-9 text-turquoise-700" />
            <span className="leading-tight">{t(`units.${unit}`)}</span>
          </ChoiceTile>
        ))}
      </div>
      <FieldError id="unit-error" messages={messages} />
    </FormSection>
  );
}
