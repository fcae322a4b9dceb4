"use client";

import { useTranslations } from "next-intl";

/** Turns the codes a use case returns ("price_invalid") into the reader's language. */
export function useErrorText() {
  const t = useTranslations("seller.errors");
  return (code: string) => (t.has(code) ? t(code) : t("generic"));
}

export function errorProps(name: string, messages: string[] | undefined) {
  return messages?.length ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {};
}
