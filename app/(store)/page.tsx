import { getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";

export default async function HomePage() {
  const t = await getTranslations("common");
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-2xl font-bold">{t("siteName")}</h1>
        <p>{t("tagline")}</p>
      </main>
    </>
  );
}
