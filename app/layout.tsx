import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { SessionActivity } from "@/components/auth/session-activity";
import { RegisterServiceWorker } from "@/components/pwa/register-sw";
import { siteUrl } from "@/lib/seo/site";
import "./globals.css";

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

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
        <SessionActivity />
        <RegisterServiceWorker />
      </body>
    </html>
  );
}
