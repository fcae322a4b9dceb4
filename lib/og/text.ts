import { createTranslator } from "next-intl";
import type { ProductUnit } from "@/lib/generated/prisma/client";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import { formatFen } from "@/lib/money";
import enStore from "@/messages/en/store.json";
import zhStore from "@/messages/zh-CN/store.json";

const STORE_MESSAGES = { "zh-CN": zhStore, en: enStore } as const;

/**
 * The language of an image route: its `locale` segment once the storefront lives under /[locale],
 * Chinese before (an image is fetched by crawlers, which send no language cookie).
 */
export function ogLocale(segment: string | undefined): Locale {
  return isLocale(segment) ? segment : defaultLocale;
}

/** "¥128.00 每斤": the price line, from the same messages as the product page. */
export function priceLine(locale: Locale, fen: number, unit: ProductUnit): string {
  const t = createTranslator({ locale, messages: { store: STORE_MESSAGES[locale] }, namespace: "store" });
  return `${formatFen(fen, locale)} ${t("perUnit", { unit: t(`units.${unit}`) })}`;
}

export function placeLine(locale: Locale, village: string, county: string): string {
  const t = createTranslator({ locale, messages: { store: STORE_MESSAGES[locale] }, namespace: "store" });
  return t("shop.place", { village, county });
}

/** At most `max` characters (not UTF-16 units), with an ellipsis when cut: cards have no room to wrap forever. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}
