import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { SessionActivity } from "@/components/auth/session-activity";
import { defaultLocale } from "@/lib/i18n/locales";
import { siteUrl } from "@/lib/seo/site";
import { SiteHeader } from "./site-header";

export async function consoleMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    metadataBase: siteUrl(),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("tagline"),
  };
}

export const consoleViewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0e6a66" };

/** The visitor's language (a cookie) around the page: rendered before anything is sent, so a page's 404 or redirect keeps its status. */
async function InLanguage({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <div lang={locale}>
      <NextIntlClientProvider>
        <SiteHeader />
        {children}
      </NextIntlClientProvider>
    </div>
  );
}

/**
 * The document of the seller centre, admin pages and sign-in: per-user pages that follow the
 * language cookie. The `<html>` carries the village's language; the content says its own. Rendered
 * whole per request (no prerendered shell), so every script on it carries the request's CSP nonce.
 */
export async function ConsoleDocument({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang={defaultLocale}>
      <body className="min-h-screen">
        <InLanguage>{children}</InLanguage>
        <SessionActivity />
      </body>
    </html>
  );
}
