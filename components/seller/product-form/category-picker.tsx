"use client";

import { useTranslations } from "next-intl";
import { FieldError } from "../field-error";
import { Icon } from "../icons";
import { FormSection } from "../section";
import { ChoiceTile } from "./choice-tile";
import type { CategoryTile } from "./types";

/** The category, picked by its picture (until a picture is drawn, by its name alone). */
export function CategoryPicker({
  categories,
  value,
  onChange,
  messages,
}: {
  categories: CategoryTile[];
  value: string;
  onChange: (id: string) => void;
  messages?: string[];
}) {
  const t = useTranslations("seller.form");
  return (
    <FormSection
      icon="gem"
      title={t("category")}
      titleId="category-title"
      invalid={Boolean(messages?.length)}
    >
      <div
        role="radiogroup"
        aria-labelledby="category-title"
        className="grid grid-cols-3 gap-2 sm:grid-cols-6"
      >
        {categories.map((category) => (
          <ChoiceTile
            key={category.id}
            name="categoryId"
            value={category.id}
            checked={value === category.id}
            onChange={onChange}
            describedBy={messages?.length ? "categoryId-error" : undefined}
            className="min-h-28"
          >
            {category.picture ? (
              // biome-ignore lint/performance/noImgElement: a small static SVG drawing
              <img src={category.picture} alt="" width={64} height={64} className="h-16 w-16" />
            ) : (
              <Icon name="gem" className="h-10 w-10 text-turquoise-700" />
            )}
            <span className="leading-tight">{category.name}</span>
          </ChoiceTile>
        ))}
      </div>
      <FieldError id="categoryId-error" messages={messages} />
    </FormSection>
  );
}
