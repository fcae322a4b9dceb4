import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { CategorySalesCard, TopShopsCard } from "@/components/admin/breakdowns";
import { FestivalCard } from "@/components/admin/festival-card";
import { KeyFigures } from "@/components/admin/key-figures";
import { KindSplit } from "@/components/admin/kind-split";
import { MonthChart } from "@/components/admin/month-chart";
import { PeriodPicker } from "@/components/admin/period-picker";
import { SalesHero } from "@/components/admin/sales-hero";
import { TitleVerdict } from "@/components/admin/title-verdict";
import { requirePageUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/locales";
import { villageOverview } from "@/lib/village/overview";
import { periodRange } from "@/lib/village/period";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.overview");
  return { title: t("metaTitle") };
}

export default async function AdminOverviewPage({
  searchParams,
}: {
  searchParams: Promise<{ period?: string | string[] }>;
}) {
  const user = await requirePageUser(["ADMIN"], "/admin");
  if (!user.villageId) notFound();
  const now = new Date();
  const overview = await villageOverview(user.villageId, (await searchParams).period, now);
  if (!overview) notFound();
  const [t, locale] = await Promise.all([getTranslations("admin.overview"), getLocale()]);
  const villageName = localized(locale, overview.village.nameZh, overview.village.nameEn);
  const exportHref = `/admin/export.csv?period=${encodeURIComponent(overview.period.key)}`;
  return (
    <>
      <AdminNav current="overview" />
      <main className="mx-auto max-w-6xl space-y-5 px-4 py-6">
        <header className="space-y-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{t("title", { village: villageName })}</h1>
          <PeriodPicker period={overview.period} pastYears={overview.pastYears} />
          <p className="text-earth-700">{t("range", periodRange(overview.period, locale, now))}</p>
        </header>
        <TitleVerdict overview={overview} />
        <SalesHero overview={overview} />
        <KeyFigures overview={overview} />
        <div className="grid gap-5 lg:grid-cols-2">
          <KindSplit overview={overview} />
          <FestivalCard festival={overview.festival} />
        </div>
        <MonthChart months={overview.months} />
        <div className="grid gap-5 lg:grid-cols-2">
          <CategorySalesCard overview={overview} />
          <TopShopsCard overview={overview} />
        </div>
        <section aria-labelledby="export-heading" className="rounded-2xl bg-white p-5 ring-1 ring-earth-100">
          <h2 id="export-heading" className="text-lg font-bold">
            {t("exportTitle")}
          </h2>
          <p className="mt-1 text-earth-700">{t("exportText")}</p>
          <a
            href={exportHref}
            download
            className="mt-3 inline-flex min-h-11 items-center rounded-full bg-turquoise-700 px-5 font-semibold text-white hover:bg-turquoise-900"
          >
            {t("exportButton")}
          </a>
        </section>
      </main>
    </>
  );
}
