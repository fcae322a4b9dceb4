"use client";

import { useTranslations } from "next-intl";
import { DESCRIPTION_MAX, TITLE_MAX } from "@/lib/seller/limits";
import { FieldError } from "../field-error";
import { FormSection } from "../section";
import { errorProps } from "./use-error-text";

const inputClass =
  "mt-1 block w-full rounded-2xl bg-earth-50 px-4 py-3 text-lg ring-2 ring-earth-100 outline-none focus:ring-turquoise-600 aria-invalid:ring-red-400";

type Messages = Record<string, string[] | undefined>;

function TextField({
  name,
  label,
  value,
  onChange,
  messages,
  required = false,
}: {
  name: "titleZh" | "titleEn";
  label: string;
  value: string;
  onChange: (value: string) => void;
  messages?: string[];
  required?: boolean;
}) {
  return (
    <div>
      <label htmlFor={name} className="font-semibold">
        {label}
      </label>
      <input
        id={name}
        name={name}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        maxLength={TITLE_MAX}
        required={required}
        {...errorProps(name, messages)}
        className={inputClass}
      />
      <FieldError id={`${name}-error`} messages={messages} />
    </div>
  );
}

/**
 * The words: a name (filled in from the category, so a seller who cannot type still has one) and an
 * optional description, each in Chinese and English.
 */
export function NameFields({
  titleZh,
  titleEn,
  onTitleZh,
  onTitleEn,
  descriptions,
  autoFilled,
  messages,
}: {
  titleZh: string;
  titleEn: string;
  onTitleZh: (value: string) => void;
  onTitleEn: (value: string) => void;
  descriptions: { zh: string; en: string };
  autoFilled: boolean;
  messages: Messages;
}) {
  const t = useTranslations("seller.form");
  const invalid = ["titleZh", "titleEn", "descriptionZh", "descriptionEn"].some(
    (key) => messages[key]?.length,
  );
  return (
    <FormSection icon="text" title={t("name")} titleId="name-title" invalid={invalid}>
      {autoFilled ? <p className="mb-2 text-earth-700">{t("nameHint")}</p> : null}
      <div className="flex flex-col gap-4">
        <TextField
          name="titleZh"
          label={t("titleZh")}
          value={titleZh}
          onChange={onTitleZh}
          messages={messages.titleZh}
          required
        />
        <TextField
          name="titleEn"
          label={t("titleEn")}
          value={titleEn}
          onChange={onTitleEn}
          messages={messages.titleEn}
        />
        {(["descriptionZh", "descriptionEn"] as const).map((name) => (
          <div key={name}>
            <label htmlFor={name} className="font-semibold">
              {t(name)}
            </label>
            <textarea
              id={name}
              name={name}
              rows={3}
              maxLength={DESCRIPTION_MAX}
              defaultValue={name === "descriptionZh" ? descriptions.zh : descriptions.en}
              {...errorProps(name, messages[name])}
              className={inputClass}
            />
            <FieldError id={`${name}-error`} messages={messages[name]} />
          </div>
        ))}
      </div>
    </FormSection>
  );
}
