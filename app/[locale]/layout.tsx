import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { locale as urlLocale } from "next/root-params";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { SessionActivity } from "@/components/auth/session-activity";
import { SiteHeader } from "@/components/layout/site-header";
import { PrefetchOnIntent } from "@/components/navigation/prefetch-on-intent";
import { KeepVisitedPage } from "@/components/pwa/keep-visited-page";
import { RegisterServiceWorker } from "@/components/pwa/register-sw";
import { isLocale, locales } from "@/lib/i18n/locales";
import { siteUrl } from "@/lib/seo/site";
import "../globals.css";

// Both languages are prerendered; the proxy sends any other first segment to a real language.
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    // Resolves relative metadata URLs (the opengraph-image files) against the public origin.
    metadataBase: siteUrl(),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("tagline"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0e6a66" };

/** The storefront's document: its language comes from the URL, so every page can be prerendered. */
export default async function StorefrontLayout({ children }: { children: React.ReactNode }) {
  const locale = await urlLocale();
  if (!isLocale(locale)) notFound();
  const t = await getTranslations("store");
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <SiteHeader />
        {children}
        <footer className="mt-16 border-t border-earth-100 bg-earth-100/60">
          <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-earth-700">{t("footer")}</p>
        </footer>
        <SessionActivity />
        <PrefetchOnIntent />
        <RegisterServiceWorker />
        {/* The current path is known only in the browser on pages prerendered for every product. */}
        <Suspense fallback={null}>
          <KeepVisitedPage />
        </Suspense>
      </body>
    </html>
  );
}
