import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

/** Storefront routing: every storefront URL starts with its language (see ./paths.ts). */
export const routing = defineRouting({ locales, defaultLocale, localePrefix: "always" });
